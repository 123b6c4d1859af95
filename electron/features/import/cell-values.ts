import type { z } from 'zod';

/** One row's values by column key, as text, and the problems found so far (each naming its column). */
export interface RowReader {
  text: (key: string) => string;
  problems: string[];
}

/** "14/03/1970", "14-03-1970" or "1970-03-14" as 1970-03-14; blank as ''; anything else is reported. */
export function dateCell(reader: RowReader, key: string, heading: string): string {
  const text = reader.text(key).trim();
  if (text === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) {
    reader.problems.push(`${heading}: enter a date like 14/03/2024`);
    return '';
  }
  const [year, month, day] = parts as [string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Yes or No (also Y/N, True/False); blank is `blank`. */
export function yesNoCell(reader: RowReader, key: string, heading: string, blank: boolean | null): boolean | null {
  const text = reader.text(key).trim().toLowerCase();
  if (text === '') return blank;
  if (['yes', 'y', 'true'].includes(text)) return true;
  if (['no', 'n', 'false'].includes(text)) return false;
  reader.problems.push(`${heading}: enter Yes or No`);
  return null;
}

/** A choice by its label or its code, whatever the case; blank is null. */
export function choiceCell<T extends string>(
  reader: RowReader,
  key: string,
  heading: string,
  labels: Record<T, string>,
): T | null {
  const text = reader.text(key).trim().toLowerCase();
  if (text === '') return null;
  const found = (Object.entries(labels) as [T, string][]).find(
    ([code, label]) => label.toLowerCase() === text || code.replace(/_/g, ' ') === text.replace(/_/g, ' '),
  );
  if (!found) {
    reader.problems.push(`${heading}: choose one of ${Object.values<string>(labels).join(', ')}`);
    return null;
  }
  return found[0];
}

/** A whole number; blank is null. */
export function numberCell(reader: RowReader, key: string, heading: string): number | null {
  const text = reader.text(key).trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) {
    reader.problems.push(`${heading}: enter a whole number`);
    return null;
  }
  return Number(text);
}

/** The schema's refusals in words, each naming the spreadsheet column its field came from. */
export function schemaProblems(
  error: z.ZodError,
  headings: Record<string, string>,
  already: readonly string[],
): string[] {
  const messages = error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const heading = headings[field] ?? headings[String(issue.path[0] ?? '')];
    return heading ? `${heading}: ${issue.message}` : issue.message;
  });
  // One message per column: a cell already reported (a choice not in the list) is not reported again as missing.
  const said = new Set(already.map((problem) => problem.split(':')[0]));
  return [...new Set(messages)].filter((message) => !said.has(message.split(':')[0]));
}
