import { addDaysIso, formatDate } from '../dates';
import type { SittingFacts } from './dashboard-facts';
import type { Draft } from './due-entries';

export const sittingLink = (id: string) => `/sittings/${id}`;
export const sittingSubject = (date: string) => `Sitting on ${formatDate(date)}`;

/** From the day after a sitting still planned (or with its papers sent) until it is recorded as held or cancelled. */
export function unrecordedSittingDraft(sitting: SittingFacts): Draft {
  return {
    id: `record_sitting:${sitting.id}`,
    kind: 'record_sitting',
    title: unrecordedSittingTitle(sitting.date),
    subject: sittingSubject(sitting.date),
    dueDate: addDaysIso(sitting.date, 1),
    whoActs: 'administrator',
    link: sittingLink(sitting.id),
    timing: 'deadline',
  };
}

/** Said on the dashboard and on the sitting itself. */
export function unrecordedSittingTitle(date: string): string {
  return `Record what happened at the sitting on ${formatDate(date)}`;
}
