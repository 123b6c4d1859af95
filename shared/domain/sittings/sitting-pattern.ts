import type { SittingPattern } from '../../schemas/sitting-pattern';
import { WEEKDAY_LABELS, WEEK_OF_MONTH_LABELS } from '../../schemas/sitting-pattern';
import { addDaysIso, daysBetween } from '../dates';

const weekdayOf = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Which week of its month a day falls in (1–4), and whether it is the last such weekday (5). */
function weeksOf(iso: string): number[] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const weeks = [Math.floor((day - 1) / 7) + 1];
  if (day + 7 > daysInMonth(year, month)) weeks.push(5);
  return weeks;
}

function fits(pattern: SittingPattern, iso: string): boolean {
  if (weekdayOf(iso) !== pattern.weekday) return false;
  if (pattern.kind === 'monthly') return weeksOf(iso).some((week) => pattern.weeksOfMonth.includes(week));
  if (!pattern.firstDate || !pattern.everyWeeks) return false;
  const gap = daysBetween(pattern.firstDate, iso);
  return gap % (pattern.everyWeeks * 7) === 0;
}

/**
 * The next `count` dates the pattern gives on or after `from`, skipping the
 * days `skip` refuses (bank holidays, days already planned). Pure, so the
 * new-sitting form and its tests see the same suggestions.
 */
export function suggestedSittingDates(
  pattern: SittingPattern,
  from: string,
  count: number,
  skip: (iso: string) => boolean = () => false,
): string[] {
  const found: string[] = [];
  // Two years is far more than any pattern needs to give a handful of dates.
  for (let day = from, step = 0; found.length < count && step < 732; day = addDaysIso(day, 1), step += 1) {
    if (fits(pattern, day) && !skip(day)) found.push(day);
  }
  return found;
}

/** "The second and last Tuesday of each month, at 09:30" in words. */
export function describeSittingPattern(pattern: SittingPattern): string {
  const weekday = WEEKDAY_LABELS[pattern.weekday - 1] ?? '';
  const when =
    pattern.kind === 'monthly'
      ? `The ${listWords(pattern.weeksOfMonth.map((week) => (WEEK_OF_MONTH_LABELS[week - 1] ?? '').toLowerCase()))} ${weekday} of each month`
      : `Every ${pattern.everyWeeks === 1 ? 'week' : `${pattern.everyWeeks ?? ''} weeks`} on ${weekday}`;
  return `${when}, at ${pattern.startTime}${pattern.venue ? `, ${pattern.venue}` : ''}`;
}

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
