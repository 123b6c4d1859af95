import { getSittingItemRow } from '../../../db/repositories/sittings-repository';
import { DomainError, notFound } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { minutesView } from '../minutes/minutes-view';

/**
 * What a minutes extract is made from: the approved minutes of the item's
 * sitting, the approval and the item's referral to the ADM. Refused, in
 * words, for an unknown item, unapproved minutes or an item not sent to an ADM;
 * the code-built extract and the template's data both read it here.
 */
export function extractSource(ctx: ReadContext, itemId: string) {
  const item = getSittingItemRow(ctx.db, itemId);
  if (!item) throw notFound('This agenda item');
  const view = minutesView(ctx, item.sittingId);
  const { approval, approvedContent } = view;
  const referral = view.referrals.find((r) => r.itemId === itemId);
  if (!approval || !approvedContent)
    throw new DomainError('RULE_VIOLATION', 'These minutes have not been approved yet.');
  if (!referral) throw new DomainError('RULE_VIOLATION', 'This item does not go to an ADM, so it has no extract.');
  return {
    approval,
    approvedContent,
    suggestedName: `Panel minutes extract ${view.draft.sitting.date} item ${referral.number} v${approval.versionNumber}`,
  };
}
