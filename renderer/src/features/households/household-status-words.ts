import { HOUSEHOLD_STATUS_LABELS, type HouseholdSummary } from '../../../../shared/schemas/household';
import { formatDate } from '../../format';

/**
 * The household's status as a reader needs it: a resignation takes effect
 * 28 days after the notice, so until that day the household is "resigning".
 */
export function householdStatusText(
  household: Pick<HouseholdSummary, 'status' | 'resignationApprovalEnds'>,
  today: string | null,
): string {
  const ends = household.resignationApprovalEnds;
  if (household.status === 'resigned' && ends && today && ends >= today) {
    return `Resigning, approval ends ${formatDate(ends)}`;
  }
  return HOUSEHOLD_STATUS_LABELS[household.status];
}
