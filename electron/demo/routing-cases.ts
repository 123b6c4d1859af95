import type { ReviewKind } from '../../shared/domain/reviews/review-kinds';
import { APPROVAL_TYPES, type ItemType } from '../../shared/domain/sittings/item-types';
import { workingDay } from './timeline';

/**
 * The demo's cases for slice "routing": later reviews with their kind and
 * the reg 26 dates on applications (the reviews done without panel are in
 * yearly-reviews.ts). None of it draws on the seeded random numbers, so the
 * rest of the history is the same as before.
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
