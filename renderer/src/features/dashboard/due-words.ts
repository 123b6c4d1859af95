import type { DueEntry } from '../../../../shared/schemas/dashboard';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "Overdue by 3 days", "Due today", "Due in 5 days": the state in words, never by colour alone. */
export function dueInWords(entry: Pick<DueEntry, 'daysLeft' | 'overdue'>): string {
  if (entry.overdue) return `Overdue by ${days(-entry.daysLeft)}`;
  if (entry.daysLeft === 0) return 'Due today';
  return `Due in ${days(entry.daysLeft)}`;
}

export function withinInWords(withinDays: number): string {
  return withinDays === 0 ? 'today' : `the next ${days(withinDays)}`;
}
