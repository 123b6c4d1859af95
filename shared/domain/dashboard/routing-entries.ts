import { nextReviewDue, type ReviewFacts } from '../reviews/review-due';
import type { WorkingCalendar } from '../calendar/working-days';
import { observationsWindowEnds } from '../sittings/observations-window';
import type { DueOptions, Draft } from './due-entries';
import { visibleTo } from './due-viewer';

/** An approval item with the assessment report given and no observations yet (FSR reg 26). */
export interface ObservationItemFacts {
  itemId: string;
  sittingId: string;
  householdReference: string;
  reportGivenDate: string;
}

/** An approved household's review dates (FSR reg 28). */
export interface LaterReviewFacts extends ReviewFacts {
  householdId: string;
  reference: string;
}

/** The reg 26 observations window: an event on the item (it may go to panel after it, or once they arrive). */
export function observationDrafts(items: readonly ObservationItemFacts[], calendar: WorkingCalendar): Draft[] {
  return items.map((item) => ({
    id: `observations:${item.itemId}`,
    kind: 'observations',
    title: 'The applicant’s 10 working days for observations on the assessment report end (FSR reg 26)',
    subject: item.householdReference,
    dueDate: observationsWindowEnds(item.reportGivenDate, calendar),
    whoActs: 'administrator',
    link: `/sittings/${item.sittingId}/items/${item.itemId}`,
    timing: 'event',
  }));
}

const LATER_REVIEW = { kind: 'later_review', whoActs: 'administrator' } as const;

/**
 * Whether a dashboard asked for with these options could show a later review
 * at all (due-entries' filters on the one kind and role they have), so whether
 * the households' review dates need reading: a chair's or an ADM's never does.
 */
export function laterReviewsMayShow(options: Pick<DueOptions, 'kinds' | 'whoActs' | 'viewer'>): boolean {
  const { kinds, whoActs, viewer } = options;
  if (kinds && kinds.length > 0 && !kinds.includes(LATER_REVIEW.kind)) return false;
  if (whoActs && whoActs !== LATER_REVIEW.whoActs) return false;
  return !viewer || visibleTo(LATER_REVIEW, viewer);
}

/** Reviews after the first, due at intervals of no more than 12 months, at panel or not (FSR reg 28(2)). */
export function laterReviewDrafts(households: readonly LaterReviewFacts[]): Draft[] {
  return households.flatMap((household) => {
    const due = nextReviewDue(household);
    return due
      ? [
          {
            id: `later_review:${household.householdId}`,
            kind: LATER_REVIEW.kind,
            title: 'Review of approval due (FSR reg 28), at panel or without',
            subject: household.reference,
            dueDate: due,
            whoActs: LATER_REVIEW.whoActs,
            link: `/households/${household.householdId}`,
            timing: 'deadline' as const,
          },
        ]
      : [];
  });
}
