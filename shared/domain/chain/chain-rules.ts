import type { ClockSettings } from '../calendar/statutory-clocks';
import { DEFAULT_MINUTES_WORKING_DAYS } from '../dashboard/due-entries';
import { OBSERVATION_WORKING_DAYS } from '../sittings/observations-window';
import { REVIEW_INTERVAL_MONTHS } from '../reviews/review-due';

export const STEP_KINDS = [
  'application',
  'recommendation',
  'report_given',
  'observations',
  'papers',
  'sitting',
  'minutes_approved',
  'minutes_to_adm',
  'decision',
  'told_orally',
  'told_in_writing',
  'determination_window',
  'irm_papers',
  'final_decision',
  'temporary_approval',
  'extension',
  'first_review',
  'later_review',
  'resignation',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface StepRule {
  step: string;
  reference: string;
  wording: string;
}

/**
 * Each step's name, the regulation (or local rule) it answers to and the rule
 * in words, with the service's own clock periods (settings) written in.
 */
export function stepRules(clocks: ClockSettings): Record<StepKind, StepRule> {
  return {
    application: {
      step: 'Application received',
      reference: 'FSR 2011 reg 26',
      wording: 'The application starts the assessment; the 8-month clock runs from the day it is received.',
    },
    recommendation: {
      step: 'Panel recommendation on the application',
      reference: 'Statutory guidance (assessment timescale)',
      wording: `A recommendation on an application within ${clocks.applicationMonths} months of its being received.`,
    },
    report_given: {
      step: 'Assessment report given to the applicant',
      reference: 'FSR 2011 reg 26',
      wording: 'The applicant is given the assessment report before the case goes to panel.',
    },
    observations: {
      step: 'Observations window on the assessment report',
      reference: 'FSR 2011 reg 26',
      wording: `The applicant has ${OBSERVATION_WORKING_DAYS} working days from being given the report to send observations.`,
    },
    papers: {
      step: 'Papers to panel members',
      reference: 'NMS 14 (local rule)',
      wording: `Papers to members by the ${clocks.papersWorkingDaysBefore}th working day before the sitting.`,
    },
    sitting: {
      step: 'Panel sitting',
      reference: 'FSR 2011 reg 25',
      wording: 'The panel considers the case and makes its recommendation.',
    },
    minutes_approved: {
      step: 'Minutes approved by the chair',
      reference: 'NMS 14 (local target)',
      wording: `Minutes drafted and approved within ${DEFAULT_MINUTES_WORKING_DAYS} working days of the sitting.`,
    },
    minutes_to_adm: {
      step: 'Final minutes received by the ADM',
      reference: 'NMS 14 (local target)',
      wording: `The recommendation and final minutes with the ADM within ${DEFAULT_MINUTES_WORKING_DAYS} working days of the sitting.`,
    },
    decision: {
      step: 'Agency decision maker’s decision',
      reference: 'NMS 14.9',
      wording: `Decision within ${clocks.admDecisionWorkingDays} working days of receiving the recommendation and final minutes (the day of receipt is day 0).`,
    },
    told_orally: {
      step: 'Applicant told the decision orally',
      reference: 'Local rule',
      wording: `Told orally within ${clocks.tellOrallyWorkingDays} working days of the decision.`,
    },
    told_in_writing: {
      step: 'Applicant told the decision in writing',
      reference: 'Local rule',
      wording: `Told in writing within ${clocks.tellInWritingWorkingDays} working days of the decision.`,
    },
    determination_window: {
      step: 'Qualifying determination: representations or IRM window',
      reference: 'FSR 2011 reg 27(6)(a) / 28(7)(a)',
      wording: `Written representations to the agency or an application to the IRM, not both, within ${clocks.representationsDays} days of the letter’s date.`,
    },
    irm_papers: {
      step: 'Agency papers to the IRM',
      reference: 'IRM Regulations 2009',
      wording: `Papers to the IRM within ${clocks.irmPapersWorkingDays} working days of being told of the application.`,
    },
    final_decision: {
      step: 'Final decision',
      reference: 'FSR 2011 reg 27(8) / 28(10)',
      wording:
        'The ADM makes the final decision after the representations, the IRM’s recommendation or the window’s end.',
    },
    temporary_approval: {
      step: 'Temporary approval decided before it ended',
      reference: 'CPPCR 2010 reg 24',
      wording: `Temporary approval lasts ${clocks.temporaryApprovalWeeks} weeks beginning with its date; the full decision is due by its end.`,
    },
    extension: {
      step: 'Extension of temporary approval',
      reference: 'CPPCR 2010 reg 25',
      wording: `Decided before the approval it extends ends; once, up to ${clocks.extensionMaxWeeks} more weeks.`,
    },
    first_review: {
      step: 'First review heard by panel',
      reference: 'FSR 2011 reg 28(3)',
      wording: `Heard by panel within ${clocks.firstReviewMonths} months beginning with the approval date.`,
    },
    later_review: {
      step: 'Review',
      reference: 'FSR 2011 reg 28(2)',
      wording: `At intervals of no more than ${REVIEW_INTERVAL_MONTHS} months; panel optional.`,
    },
    resignation: {
      step: 'Resignation takes effect',
      reference: 'FSR 2011 reg 28(13)',
      wording: `Approval ends ${clocks.resignationDays} days after the written notice is received.`,
    },
  };
}
