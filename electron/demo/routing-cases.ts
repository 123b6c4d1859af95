import type { ReviewKind } from '../../shared/domain/reviews/review-kinds';
import { APPROVAL_TYPES, type ItemType } from '../../shared/domain/sittings/item-types';
import { asAdmin, type DemoContext } from './context';
import { onOrAfterWorkingDay, plusMonths, workingDay } from './timeline';

/**
 * The demo's cases for slice "routing": later reviews with their kind, the
 * reg 26 dates on applications, and a few reviews done without panel. None
 * of it draws on the seeded random numbers, so the rest of the history is the
 * same as before.
 */

/** A later review's kind, from the words of its title. */
export function reviewKindFor(title: string | null): ReviewKind {
  const words = (title ?? '').toLowerCase();
  if (words.includes('standards of care')) return 'standards_of_care';
  if (words.includes('allegation')) return 'allegation';
  if (words.includes('change of circumstances')) return 'change_of_circumstances';
  return 'annual';
}

/** What items:add needs beyond the common fields: a later review's kind. */
export function addItemExtras(type: ItemType, title: string | null): { reviewKind?: ReviewKind } {
  return type === 'other_review' ? { reviewKind: reviewKindFor(title) } : {};
}

/**
 * FSR reg 26 for an application whose papers go out today: the report went to
 * the applicant three working weeks ago, and one in three sent observations.
 */
export function reg26Dates(
  type: ItemType,
  itemId: string,
  today: string,
): { reportGivenDate?: string; observationsReceivedDate?: string | null } {
  if (!APPROVAL_TYPES.has(type)) return {};
  const given = workingDay(today, -15);
  const observed = itemId.charCodeAt(itemId.length - 1) % 3 === 0;
  return { reportGivenDate: given, observationsReceivedDate: observed ? workingDay(given, 6) : null };
}

const OUTCOMES = [
  'Approval continues on the same terms; the carers’ training plan was reviewed.',
  'Approval continues; the household’s support plan was updated after the change.',
];

/** Half-way through each year, up to three approved carers have an annual review without panel. */
export function scheduleReviewsWithoutPanel(ctx: DemoContext, yearStart: string): void {
  const on = onOrAfterWorkingDay(plusMonths(yearStart, 6));
  ctx.timeline.on(on, '15:10', async () => {
    let recorded = 0;
    for (const household of ctx.households) {
      if (recorded >= 3) break;
      if (household.status !== 'approved' || household.busy) continue;
      const reviews = await asAdmin(ctx, 'reviews:forHousehold', { id: household.id });
      if (reviews.cannotRecordReason || !reviews.nextDue) continue;
      await asAdmin(ctx, 'reviews:recordWithoutPanel', {
        householdId: household.id,
        reviewDate: ctx.timeline.today,
        kind: recorded === 2 ? 'change_of_circumstances' : 'annual',
        outcomeSummary: OUTCOMES[recorded === 2 ? 1 : 0] ?? '',
        reviewedBy: 'Helen Reviewer (independent reviewing officer)',
      });
      recorded += 1;
    }
  });
}
