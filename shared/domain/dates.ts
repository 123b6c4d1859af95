import { addDays, addMonths, differenceInCalendarDays, format, parse } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { addMonthsDayNumber, isoDayNumber, isoFromDayNumber } from './iso-days';

/**
 * Dates without a time are `YYYY-MM-DD` strings everywhere. These helpers parse
 * them as local calendar dates (never UTC instants), so no time zone can move a day.
 */
const ISO = 'yyyy-MM-dd';
const REFERENCE = new Date(2000, 0, 1);

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(iso: string): Date {
  // The clocks parse thousands of dates per screen and date-fns' format-driven parse is slow,
  // so well-formed strings are built directly; anything else keeps date-fns' exact behaviour.
  const parts = ISO_PARTS.exec(iso);
  const [year, month, day] = [Number(parts?.[1]), Number(parts?.[2]) - 1, Number(parts?.[3])];
  if (!(year >= 1000)) return parse(iso, ISO, REFERENCE);
  const date = new Date(REFERENCE.getTime());
  date.setFullYear(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day
    ? date
    : new Date(Number.NaN);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function toIsoDate(date: Date): string {
  const year = date.getFullYear();
  // Same fast path: years date-fns would also write as four digits.
  if (!(year >= 1000 && year <= 9999)) return format(date, ISO);
  return `${year}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isRealIsoDate(iso: string): boolean {
  // Arithmetic, not a Date: every date in every answer is checked by the contract, thousands per long list.
  const parts = ISO_PARTS.exec(iso);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** "5 January 2027": how every date is shown to a user. */
export function formatDate(iso: string): string {
  return format(parseIsoDate(iso), 'd MMMM yyyy', { locale: enGB });
}

export function formatOptionalDate(iso: string | null | undefined, blank = 'Not recorded'): string {
  return iso ? formatDate(iso) : blank;
}

/*
 * Calendar arithmetic on `YYYY-MM-DD` strings, so no time zone can move a day.
 * A real date is worked out in whole days (iso-days.ts: the dashboard does
 * thousands a call); anything else keeps date-fns' answer, whatever it is.
 */
export function addDaysIso(iso: string, days: number): string {
  const start = Number.isInteger(days) ? isoDayNumber(iso) : null;
  return (start !== null ? isoFromDayNumber(start + days) : null) ?? toIsoDate(addDays(parseIsoDate(iso), days));
}

export function addMonthsIso(iso: string, months: number): string {
  const day = addMonthsDayNumber(iso, months);
  return (day !== null ? isoFromDayNumber(day) : null) ?? toIsoDate(addMonths(parseIsoDate(iso), months));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const start = isoDayNumber(from);
  const end = isoDayNumber(to);
  if (start !== null && end !== null) return end - start;
  return differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));
}
