export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate: DateParts = { day: '', month: '', year: '' };

export function partsFromIso(iso: string | null): DateParts {
  if (!iso) return emptyDate;
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * What was typed, as `YYYY-MM-DD` for the backend to judge. Blank stays blank;
 * a partly typed date is sent as it is so the user is told what is missing.
 */
export function partsToIso(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return '';
  const pad = (text: string) => (text ? text.padStart(2, '0') : '');
  return `${year}-${pad(month)}-${pad(day)}`;
}
