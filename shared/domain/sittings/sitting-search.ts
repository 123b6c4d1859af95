/**
 * Finding a sitting by its date, as a user types it: "2026", "November 2026",
 * "23 November 2026", "23/11/2026", "2026-11-23", or a month or day without a
 * year ("November", "23 Nov"). The answer is a date window the database can
 * read along its date index, so a picker reads the sittings it shows and not
 * every sitting ever held.
 */
export interface SittingDateSearch {
  /** First and last possible date, inclusive (ISO; the last may be a day no month has, such as the 31st). */
  from: string;
  to: string;
  /** "11" or "11-23": the month, or month and day, a date typed without a year must have. */
  monthDay: string | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Every date: what an empty search reads (newest first, stopping at the picker's limit). */
export const ANY_SITTING_DATE: SittingDateSearch = { from: '0000-01-01', to: '9999-12-31', monthDay: null };

const two = (n: number) => String(n).padStart(2, '0');

function monthNamed(word: string): number | null {
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((name) => name.startsWith(word));
  return index === -1 ? null : index + 1;
}

interface Parts {
  year: number | null;
  month: number | null;
  numbers: number[];
  yearFirst: boolean;
}

/** The words of a search as a year, a month named in words and the other numbers; null if a word is none of these. */
function partsOf(term: string): Parts | null {
  const parts: Parts = { year: null, month: null, numbers: [], yearFirst: false };
  const words = term
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter(Boolean);
  for (const [index, word] of words.entries()) {
    const digits = /^(\d{1,4})(st|nd|rd|th)?$/.exec(word);
    if (digits?.[1] && digits[1].length === 4 && !digits[2] && parts.year === null) {
      parts.year = Number(digits[1]);
      parts.yearFirst = index === 0;
    } else if (digits?.[1] && digits[1].length <= 2) {
      parts.numbers.push(Number(digits[1]));
    } else {
      const month = monthNamed(word);
      if (month === null || parts.month !== null) return null;
      parts.month = month;
    }
  }
  return parts;
}

/** The month and day the numbers of a search give, in UK order (day first) unless it began with the year. */
function monthAndDay(parts: Parts): { month: number | null; day: number | null } | null {
  const { numbers } = parts;
  if (numbers.length > 2) return null;
  if (parts.month !== null) return numbers.length <= 1 ? { month: parts.month, day: numbers[0] ?? null } : null;
  if (numbers.length === 2) {
    const [a, b] = numbers as [number, number];
    return parts.yearFirst ? { month: a, day: b } : { month: b, day: a };
  }
  // One number: with a year it is the month ("11/2026"); alone it could be anything.
  if (numbers.length === 1) return parts.year !== null ? { month: numbers[0] ?? null, day: null } : null;
  return { month: null, day: null };
}

/** The dates a search can mean, or null when it does not read as a date, month or year. */
export function sittingDateSearch(term: string): SittingDateSearch | null {
  const parts = partsOf(term.trim());
  if (!parts) return null;
  const found = monthAndDay(parts);
  if (!found) return null;
  const { month, day } = found;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (parts.year === null) {
    if (month === null) return null;
    return { ...ANY_SITTING_DATE, monthDay: day === null ? two(month) : `${two(month)}-${two(day)}` };
  }
  const year = String(parts.year).padStart(4, '0');
  if (month === null) return { from: `${year}-01-01`, to: `${year}-12-31`, monthDay: null };
  if (day === null) return { from: `${year}-${two(month)}-01`, to: `${year}-${two(month)}-31`, monthDay: null };
  const date = `${year}-${two(month)}-${two(day)}`;
  return { from: date, to: date, monthDay: null };
}
