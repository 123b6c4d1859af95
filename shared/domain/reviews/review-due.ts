import { periodBeginningWith } from '../calendar/working-days';

/** FSR reg 28(2): reviews at intervals of no more than 12 months. */
export const REVIEW_INTERVAL_MONTHS = 12;

export interface ReviewFacts {
  approvalDate: string;
  /** The first review heard by panel since this approval, if any. */
  firstReviewOn: string | null;
  /** The latest review of any kind since the approval: at panel, sent straight to the ADM, or without panel. */
  lastReviewOn: string | null;
  /** The day the household's record was made here. */
  recordedOn: string;
  /** When the first review was due: one due before the record was made here happened outside the app. */
  firstReviewDue: string;
}

/**
 * When the next review after the first is due, or null while the first review
 * (which must go to panel) is still to come. A carer brought in with no review
 * known here is counted from the anniversaries of approval, never before their
 * record was made, so the app does not invent an overdue review.
 */
export function nextReviewDue(facts: ReviewFacts): string | null {
  const firstDone = facts.firstReviewOn !== null && facts.firstReviewOn >= facts.approvalDate;
  const firstBeforeRecords = facts.firstReviewDue < facts.recordedOn;
  if (!firstDone && !firstBeforeRecords) return null;
  const last = [facts.lastReviewOn, facts.firstReviewOn]
    .filter((date): date is string => date !== null && date >= facts.approvalDate)
    .sort()
    .at(-1);
  if (last) return periodBeginningWith(last, { months: REVIEW_INTERVAL_MONTHS });
  let due = facts.firstReviewDue;
  for (let years = 2; due < facts.recordedOn && years < 200; years += 1) {
    due = periodBeginningWith(facts.approvalDate, { months: REVIEW_INTERVAL_MONTHS * years });
  }
  return due;
}

/** Whether a review may be recorded as done without panel: not while the first review (panel's) is still due. */
export function firstReviewStillDue(facts: ReviewFacts): boolean {
  const firstDone = facts.firstReviewOn !== null && facts.firstReviewOn >= facts.approvalDate;
  return !firstDone && facts.firstReviewDue >= facts.recordedOn;
}
