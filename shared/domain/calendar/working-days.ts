import { addDays, addMonths, addWeeks, getDay } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../dates';
import { addMonthsDayNumber, isoDayNumber, isoFromDayNumber, weekdayOf } from '../iso-days';
import { bankHolidays, BUNDLED_CHANGES, CALENDAR_YEARS, type BankHolidayChanges } from './bank-holidays';

/**
 * Working days are Monday to Friday less England and Wales bank holidays. A
 * calendar holds the holidays for a span of years (CALENDAR_YEARS by default).
 */
export class WorkingCalendar {
  private readonly holidays: ReadonlySet<string>;
  /** The same days as day numbers (iso-days.ts): the clocks step through thousands of days a call. */
  private readonly holidayNumbers: ReadonlySet<number>;

  constructor(
    changes: BankHolidayChanges = BUNDLED_CHANGES,
    fromYear: number = CALENDAR_YEARS.first,
    toYear: number = CALENDAR_YEARS.last,
  ) {
    this.holidays = bankHolidays(fromYear, toYear, changes);
    // Only a real date can ever be asked about, so a holiday that is not one could never match either way.
    this.holidayNumbers = new Set([...this.holidays].map(isoDayNumber).filter((day) => day !== null));
  }

  isBankHoliday(iso: string): boolean {
    return this.holidays.has(iso);
  }

  isWorkingDay(iso: string): boolean {
    const day = isoDayNumber(iso);
    return day === null ? this.isWorkingDate(iso) : this.isWorkingDayNumber(day);
  }

  /**
   * The working day `count` working days after `iso` (before it, when count is
   * negative). `iso` itself is day 0 and is not counted, whatever it is.
   */
  addWorkingDays(iso: string, count: number): string {
    const start = isoDayNumber(iso);
    if (start === null) return this.addWorkingDaysByDate(iso, count);
    const step = count < 0 ? -1 : 1;
    let day = start;
    let remaining = Math.abs(count);
    while (remaining > 0) {
      day += step;
      if (this.isWorkingDayNumber(day)) remaining -= 1;
    }
    return isoFromDayNumber(day) ?? this.addWorkingDaysByDate(iso, count);
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not later). */
  workingDaysBetween(from: string, to: string): number {
    const start = isoDayNumber(from);
    const end = isoDayNumber(to);
    if (start === null || end === null) return this.workingDaysBetweenByDate(from, to);
    let count = 0;
    for (let day = start + 1; day <= end; day += 1) if (this.isWorkingDayNumber(day)) count += 1;
    return count;
  }

  private isWorkingDayNumber(day: number): boolean {
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6 && !this.holidayNumbers.has(day);
  }

  // date-fns' answers for anything but a real date with a four-digit year, exactly as before day numbers.
  private isWorkingDate(iso: string): boolean {
    const day = getDay(parseIsoDate(iso));
    return day !== 0 && day !== 6 && !this.holidays.has(iso);
  }

  private addWorkingDaysByDate(iso: string, count: number): string {
    const step = count < 0 ? -1 : 1;
    let date = parseIsoDate(iso);
    let remaining = Math.abs(count);
    while (remaining > 0) {
      date = addDays(date, step);
      if (this.isWorkingDay(toIsoDate(date))) remaining -= 1;
    }
    return toIsoDate(date);
  }

  private workingDaysBetweenByDate(from: string, to: string): number {
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
  // In whole days for a real date and whole periods (the same arithmetic as date-fns', tested against it).
  const weeks = period.weeks || 0;
  const days = period.days || 0;
  const from = period.months ? addMonthsDayNumber(start, period.months) : isoDayNumber(start);
  const end = from !== null && Number.isInteger(weeks) && Number.isInteger(days) ? from + weeks * 7 + days - 1 : null;
  return (end !== null ? isoFromDayNumber(end) : null) ?? periodByDate(start, period);
}

function periodByDate(start: string, period: Period): string {
  let date = parseIsoDate(start);
  if (period.months) date = addMonths(date, period.months);
  if (period.weeks) date = addWeeks(date, period.weeks);
  if (period.days) date = addDays(date, period.days);
  return toIsoDate(addDays(date, -1));
}
