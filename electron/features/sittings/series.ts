import { addDays, getDay } from 'date-fns';
import { toIsoDate } from '../../../shared/domain/dates';
import { defaultCalendar } from '../../../shared/domain/calendar/working-days';

/**
 * The dates of a yearly series, e.g. the 2nd and 4th Tuesday of each month.
 * `weekday` is 1 (Monday) to 5 (Friday); weeks are 1–5 (5 = a fifth
 * occurrence, in the months that have one).
 */
export function seriesDates(year: number, weekday: number, weeksOfMonth: readonly number[]): string[] {
  const dates: string[] = [];
  for (let month = 0; month < 12; month += 1) {
    const first = new Date(year, month, 1);
    const firstMatch = addDays(first, (weekday - getDay(first) + 7) % 7);
    for (const week of [...weeksOfMonth].sort()) {
      const date = addDays(firstMatch, (week - 1) * 7);
      if (date.getMonth() === month) dates.push(toIsoDate(date));
    }
  }
  return dates;
}

/** Why a series date will be skipped, or null to create it. */
export function seriesSkipReason(date: string, hasSittingThatDay: boolean): string | null {
  if (defaultCalendar.isBankHoliday(date)) return 'Bank holiday';
  if (hasSittingThatDay) return 'Clashes with a sitting already planned that day';
  return null;
}
