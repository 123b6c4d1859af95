/**
 * Whole-day arithmetic on `YYYY-MM-DD` strings as integers (days since
 * 1 January 1970), with no Date in local time and no date-fns: the dashboard
 * works out thousands of clocks per call (issue 20). Each function answers
 * only for a real date with a four-digit year and gives null otherwise, so
 * the callers in dates.ts and the working calendar keep their date-fns path,
 * and its exact behaviour, for anything unusual. tests/unit/iso-days.test.ts
 * checks every answer against date-fns for every day from 2014 to 2042.
 */

const DAY_MS = 86_400_000;
const DASH = 45;
const ZERO = 48;

/** The number the digits at `start` spell, or -1 if any is not a digit 0-9. */
function digits(iso: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = iso.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** The parts of a real date with a year from 1000 to 9999 (what parseIsoDate builds directly), or null. */
function isoParts(iso: string): [year: number, month: number, day: number] | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

const dayNumberOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/** Days since 1 January 1970 (negative before it), or null when `iso` is not a real date with a four-digit year. */
export function isoDayNumber(iso: string): number | null {
  const parts = isoParts(iso);
  return parts ? dayNumberOf(...parts) : null;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` of a day number, or null outside the years 1000-9999 (which toIsoDate writes otherwise). */
export function isoFromDayNumber(dayNumber: number): string | null {
  if (!Number.isInteger(dayNumber)) return null;
  const date = new Date(dayNumber * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * The day number `months` calendar months after `iso`, kept to the last day
 * of a shorter month (31 January + 1 month is 28 or 29 February), as date-fns
 * addMonths does; null for anything but a real date and a whole number of months.
 */
export function addMonthsDayNumber(iso: string, months: number): number | null {
  const parts = isoParts(iso);
  if (!parts || !Number.isInteger(months)) return null;
  const [year, month, day] = parts;
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  // Date.UTC reads years 0-99 as 1900-1999: stay within the years isoFromDayNumber writes.
  if (toYear < 1000 || toYear > 9999) return null;
  return dayNumberOf(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

/** Sunday 0 to Saturday 6, as Date.getDay numbers them (1 January 1970 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
