import { formatDate } from '../dates';
import { defaultCalendar, type WorkingCalendar } from '../calendar/working-days';
import { APPROVAL_TYPES, type ItemType } from './item-types';

/** FSR reg 26: the applicant has 10 working days from being given the assessment report to send observations. */
export const OBSERVATION_WORKING_DAYS = 10;

export interface ObservationFacts {
  reportGivenDate: string | null;
  observationsReceivedDate: string | null;
}

/** The last day the applicant may send observations (the day the report was given is day 0). */
export function observationsWindowEnds(reportGivenDate: string, calendar: WorkingCalendar = defaultCalendar): string {
  return calendar.addWorkingDays(reportGivenDate, OBSERVATION_WORKING_DAYS);
}

export type ObservationsState =
  | { state: 'not_applicable' }
  | { state: 'report_not_given' }
  | { state: 'waiting'; windowEnds: string }
  | { state: 'observations_received'; on: string }
  | { state: 'window_passed'; windowEnds: string };

/** Where an item stands on the reg 26 clock today. */
export function observationsState(
  itemType: ItemType,
  facts: ObservationFacts,
  today: string,
  calendar: WorkingCalendar = defaultCalendar,
): ObservationsState {
  if (!APPROVAL_TYPES.has(itemType)) return { state: 'not_applicable' };
  if (facts.observationsReceivedDate) return { state: 'observations_received', on: facts.observationsReceivedDate };
  if (!facts.reportGivenDate) return { state: 'report_not_given' };
  const windowEnds = observationsWindowEnds(facts.reportGivenDate, calendar);
  return today > windowEnds ? { state: 'window_passed', windowEnds } : { state: 'waiting', windowEnds };
}

/** Why the item cannot be marked ready for panel yet, or null when reg 26 allows it. */
export function notReadyReason(state: ObservationsState): string | null {
  switch (state.state) {
    case 'report_not_given':
      return 'Record the date the assessment report was given to the applicant first: the applicant has 10 working days to send observations before the case goes to panel (FSR reg 26).';
    case 'waiting':
      return `The applicant has until ${formatDate(state.windowEnds)} to send observations on the assessment report (FSR reg 26). Mark the item ready for panel after then, or once their observations are received.`;
    default:
      return null;
  }
}

/** A line for the item's page: where the clock stands, in words. */
export function observationsClockText(state: ObservationsState): string | null {
  switch (state.state) {
    case 'not_applicable':
      return null;
    case 'report_not_given':
      return 'The date the assessment report was given to the applicant is not recorded yet.';
    case 'waiting':
      return `Observations on the assessment report may arrive until ${formatDate(state.windowEnds)}: the item can be ready for panel after then, or once they are received.`;
    case 'observations_received':
      return `The applicant’s observations were received on ${formatDate(state.on)}: the item can go to panel.`;
    case 'window_passed':
      return `The 10 working days for observations ended on ${formatDate(state.windowEnds)}: the item can go to panel.`;
  }
}
