import type { ChainState } from '../../schemas/case-chain';
import { daysBetween } from '../dates';

export interface StepTiming {
  dueDate: string | null;
  actualDate: string | null;
  state: ChainState;
  daysLate: number | null;
}

/** A deadline someone must meet: on time or late by N days once done; not yet due or overdue by N days until then. */
export function deadline(dueDate: string | null, actualDate: string | null, today: string): StepTiming {
  if (dueDate === null) {
    return { dueDate, actualDate, state: actualDate ? 'recorded' : 'not_yet_due', daysLate: null };
  }
  if (actualDate !== null) {
    return actualDate <= dueDate
      ? { dueDate, actualDate, state: 'on_time', daysLate: null }
      : { dueDate, actualDate, state: 'late', daysLate: daysBetween(dueDate, actualDate) };
  }
  return today > dueDate
    ? { dueDate, actualDate, state: 'overdue', daysLate: daysBetween(dueDate, today) }
    : { dueDate, actualDate, state: 'not_yet_due', daysLate: null };
}

/**
 * A window someone may use (observations, representations) or a period that
 * simply runs out (resignation): nobody is late; it is open, closed, or used.
 */
export function window(endsOn: string, usedOn: string | null, today: string): StepTiming {
  if (usedOn !== null) return { dueDate: endsOn, actualDate: usedOn, state: 'recorded', daysLate: null };
  return { dueDate: endsOn, actualDate: null, state: today > endsOn ? 'window_closed' : 'window_open', daysLate: null };
}

/** A step that happened, with no clock of its own. */
export function recorded(actualDate: string): StepTiming {
  return { dueDate: null, actualDate, state: 'recorded', daysLate: null };
}

/** A deadline whose actual date the app does not hold (it happened, or not, outside the app). */
export function notRecordedHere(dueDate: string | null, today: string): StepTiming {
  if (dueDate !== null && dueDate >= today) return { dueDate, actualDate: null, state: 'not_yet_due', daysLate: null };
  return { dueDate, actualDate: null, state: 'not_recorded', daysLate: null };
}

/** "On time", "Late by 3 days", "Overdue by 1 day": the words every screen and document use. */
export function stateWords(state: ChainState, daysLate: number | null): string {
  const days = (n: number | null) => `${n ?? 0} ${n === 1 ? 'day' : 'days'}`;
  switch (state) {
    case 'on_time':
      return 'On time';
    case 'late':
      return `Late by ${days(daysLate)}`;
    case 'not_yet_due':
      return 'Not yet due';
    case 'overdue':
      return `Overdue by ${days(daysLate)}`;
    case 'recorded':
      return 'Done';
    case 'window_open':
      return 'Window open';
    case 'window_closed':
      return 'Window closed';
    case 'not_recorded':
      return 'Not recorded here';
  }
}
