import { addDays, addMonths, addWeeks, getDay } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../dates';
import { bankHolidays, BUNDLED_CHANGES, CALENDAR_YEARS, type BankHolidayChanges } from './bank-holidays';

/**
 * Working days are Monday to Friday less England and Wales bank holidays. A
 * calendar holds the holidays for a span of years (CALENDAR_YEARS by default).
 */
export class WorkingCalendar {
  private readonly holidays: ReadonlySet<string>;

  constructor(
    changes: BankHolidayChanges = BUNDLED_CHANGES,
    fromYear: number = CALENDAR_YEARS.first,
    toYear: number = CALENDAR_YEARS.last,
  ) {
    this.holidays = bankHolidays(fromYear, toYear, changes);
  }

  isBankHoliday(iso: string): boolean {
    return this.holidays.has(iso);
  }

  isWorkingDay(iso: string): boolean {
    const day = getDay(parseIsoDate(iso));
    return day !== 0 && day !== 6 && !this.holidays.has(iso);
  }

  /**
   * The working day `count` working days after `iso` (before it, when count is
   * negative). `iso` itself is day 0 and is not counted, whatever it is.
   */
  addWorkingDays(iso: string, count: number): string {
    const step = count < 0 ? -1 : 1;
    let date = parseIsoDate(iso);
    let remaining = Math.abs(count);
    while (remaining > 0) {
      date = addDays(date, step);
      if (this.isWorkingDay(toIsoDate(date))) remaining -= 1;
    }
    return toIsoDate(date);
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not later). */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    let date = parseIsoDate(from);
    const end = parseIsoDate(to);
    while (date < end) {
      date = addDays(date, 1);
      if (this.isWorkingDay(toIsoDate(date))) count += 1;
    }
    return count;
  }
}

export const defaultCalendar = new WorkingCalendar();

export interface Period {
  days?: number;
  weeks?: number;
  months?: number;
}

/**
 * The last day of a period "beginning with" a date: the day before the same
 * date after the period (16 weeks beginning Mon 2 Mar 2026 ends Sun 21 Jun 2026).
 */
export function periodBeginningWith(start: string, period: Period): string {
  let date = parseIsoDate(start);
  if (period.months) date = addMonths(date, period.months);
  if (period.weeks) date = addWeeks(date, period.weeks);
  if (period.days) date = addDays(date, period.days);
  return toIsoDate(addDays(date, -1));
}
