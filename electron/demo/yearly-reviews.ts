import type { ReviewKind } from '../../shared/domain/reviews/review-kinds';
import { asAdmin, count, type DemoContext, type DemoHousehold } from './context';
import { onOrAfterWorkingDay, onOrBeforeWorkingDay, plusDays, plusMonths } from './timeline';

/**
 * Reviews after the first (FSR reg 28(2): at intervals of no more than a
 * year), kept as a real service keeps them: each approved household is
 * reviewed without panel a few weeks before its review falls due, and one in
 * `LATE_EVERY` a few weeks after it, so the dashboard has real overdue reviews
 * to show. Reviews some carers have at panel (`other_review` items) move the
 * due date on, and the next review here follows from them.
 *
 * No random numbers: the timing, kind and reviewer come from the household's
 * reference (the same whichever ids the backend gives) and the due date, so
 * the seeded history around them stays as it was. Each household is looked at
 * once a year, not every day: a step reads its due date (`reviews:forHousehold`)
 * and either records the review or schedules itself for the day it is done.
 */

/** One household in this many is reviewed a few weeks after its review falls due, every year. */
export const LATE_EVERY = 25;

const REVIEWERS = [
  'Helen Reviewer (independent reviewing officer)',
  'Samir Kaur (independent reviewing officer)',
  'Moira Dunn (fostering team manager)',
];

const OUTCOMES: Record<'annual' | 'change_of_circumstances', string> = {
  annual: 'Approval continues on the same terms; the carers’ training plan was reviewed.',
  change_of_circumstances: 'Approval continues; the household’s support plan was updated after the change.',
};

function spread(text: string): number {
  let seed = 7;
  for (let i = 0; i < text.length; i += 1) seed = (seed * 31 + text.charCodeAt(i)) % 1_000_003;
  return seed;
}

/** Whether the household (by its reference) is among the few reviewed late. */
export function reviewedLate(reference: string): boolean {
  return spread(reference) % LATE_EVERY === 0;
}

/** The working day the review due on `due` is done: two to five weeks before it, or after it for the late few. */
export function reviewDay(reference: string, due: string): string {
  const days = 14 + (spread(`${reference} ${due}`) % 22);
  return reviewedLate(reference)
    ? onOrAfterWorkingDay(plusDays(due, days))
    : onOrBeforeWorkingDay(plusDays(due, -days));
}

/** Looks at the household's reviews on `on` (or the next working day). */
export function watchReviews(ctx: DemoContext, household: DemoHousehold, on: string): void {
  ctx.timeline.on(onOrAfterWorkingDay(on), '15:40', () => reviewWhenDue(ctx, household));
}

async function reviewWhenDue(ctx: DemoContext, household: DemoHousehold): Promise<void> {
  if (household.status !== 'approved') return;
  const today = ctx.timeline.today;
  // Panel business about the household is under way: review it once that is over.
  if (household.busy) {
    watchReviews(ctx, household, plusDays(today, 7));
    return;
  }
  const reviews = await asAdmin(ctx, 'reviews:forHousehold', { id: household.id });
  if (!reviews.nextDue || reviews.cannotRecordReason) {
    watchReviews(ctx, household, plusMonths(today, 1));
    return;
  }
  const on = reviewDay(household.reference, reviews.nextDue);
  if (on > today) {
    watchReviews(ctx, household, on);
    return;
  }
  const pick = spread(`${household.reference} ${today}`);
  const kind: ReviewKind & keyof typeof OUTCOMES = pick % 9 === 0 ? 'change_of_circumstances' : 'annual';
  const recorded = await asAdmin(ctx, 'reviews:recordWithoutPanel', {
    householdId: household.id,
    reviewDate: today,
    kind,
    outcomeSummary: OUTCOMES[kind],
    reviewedBy: REVIEWERS[pick % REVIEWERS.length] ?? 'Helen Reviewer (independent reviewing officer)',
  });
  count(ctx, 'reviews without panel');
  if (recorded.nextDue) watchReviews(ctx, household, reviewDay(household.reference, recorded.nextDue));
}
