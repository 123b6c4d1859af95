import { addDays, getDay, lastDayOfMonth } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../dates';

/**
 * England and Wales bank holidays, computed by rule, plus the one-off changes
 * made by proclamation. Settings may add to or remove from the one-off list.
 */
export interface BankHolidayChanges {
  /** Extra holidays, e.g. a jubilee or a state funeral. */
  added: readonly string[];
  /** Rule-made holidays that were moved or cancelled that year. */
  removed: readonly string[];
}

/** The changes bundled with the app (gov.uk's published list, 2012 onwards). */
export const BUNDLED_CHANGES: BankHolidayChanges = {
  added: [
    '2012-06-04', // spring bank holiday moved for the Diamond Jubilee
    '2012-06-05', // Diamond Jubilee
    '2020-05-08', // early May bank holiday moved to VE Day
    '2022-06-02', // spring bank holiday moved for the Platinum Jubilee
    '2022-06-03', // Platinum Jubilee
    '2022-09-19', // State Funeral of Queen Elizabeth II
    '2023-05-08', // Coronation of King Charles III
  ],
  removed: ['2012-05-28', '2020-05-04', '2022-05-30'],
};

/**
 * The years the app's calendar holds bank holidays for (by rule, plus the
 * bundled one-off changes). Statutory clocks that start late in the last
 * sitting year run on into these.
 */
export const CALENDAR_YEARS = { first: 2010, last: 2045 } as const;

/**
 * The years sittings can be held in: inside the calendar, with room after the
 * last for a sitting's clocks (28 days, 6 months) to run on working days the
 * calendar knows.
 */
export const SITTING_YEARS = { first: 2015, last: 2040 } as const;

/** Easter Sunday (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" method). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(new Date(year, month - 1, day));
}

const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;

function firstMonday(year: number, monthIndex: number): Date {
  const first = new Date(year, monthIndex, 1);
  return addDays(first, (MONDAY - getDay(first) + 7) % 7);
}

function lastMonday(year: number, monthIndex: number): Date {
  const last = lastDayOfMonth(new Date(year, monthIndex, 1));
  return addDays(last, -((getDay(last) - MONDAY + 7) % 7));
}

/** The holidays the rules give for one year, with substitute days for weekends. */
export function ruleBankHolidays(year: number): string[] {
  const newYear = new Date(year, 0, 1);
  const newYearObserved =
    getDay(newYear) === SATURDAY ? addDays(newYear, 2) : getDay(newYear) === SUNDAY ? addDays(newYear, 1) : newYear;
  const easter = parseIsoDate(easterSunday(year));
  const christmas = new Date(year, 11, 25);
  // Christmas and Boxing Day each need a weekday; substitutes go on the next free weekday.
  const christmasDay = getDay(christmas);
  const [christmasObserved, boxingObserved] =
    christmasDay === SATURDAY
      ? [addDays(christmas, 2), addDays(christmas, 3)]
      : christmasDay === SUNDAY
        ? [addDays(christmas, 2), addDays(christmas, 1)]
        : christmasDay === 5
          ? [christmas, addDays(christmas, 3)]
          : [christmas, addDays(christmas, 1)];
  return [
    newYearObserved,
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 4),
    lastMonday(year, 4),
    lastMonday(year, 7),
    christmasObserved,
    boxingObserved,
  ]
    .map(toIsoDate)
    .sort();
}

/** Every bank holiday from `fromYear` to `toYear`, as a set of `YYYY-MM-DD`. */
export function bankHolidays(
  fromYear: number,
  toYear: number,
  changes: BankHolidayChanges = BUNDLED_CHANGES,
): ReadonlySet<string> {
  const removed = new Set(changes.removed);
  const days = new Set<string>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const day of ruleBankHolidays(year)) if (!removed.has(day)) days.add(day);
  }
  for (const day of changes.added) {
    const year = Number(day.slice(0, 4));
    if (year >= fromYear && year <= toYear) days.add(day);
  }
  return days;
}
