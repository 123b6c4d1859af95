import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { asAdmin, count, type DemoContext, type ItemPlan, type Work } from './context';

/**
 * The service's own recommendation in each report to panel (domain.md
 * "Service's recommendation"), and a vice chair taking the chair for an item
 * the chair withdraws from. Both follow the item's story without drawing on
 * the random stream, so the rest of a seeded history is unchanged.
 */

/** What the report recommends: the panel's outcome in the story, except where the panel departs from it. */
function serviceOutcome(work: Work): string | null {
  switch (work.type) {
    case 'approval_mainstream':
    case 'approval_specialist':
    case 'approval_connected_person':
      return work.fate === 'not_suitable' || work.fate === 'not_suitable_reps' ? 'not_suitable' : 'suitable';
    case 'first_review':
      return work.fate === 'continue' ? 'remains_suitable_terms_unchanged' : 'remains_suitable_terms_revised';
    case 'other_review':
      // As in the 2019/20 chair's report: the service recommends continued approval after standards-of-care
      // concerns, and the panel disagrees, recommending revised terms.
      return work.fate === 'irm' ? 'terminate' : 'continue';
    case 'change_of_terms':
      return work.fate === 'adm_new_terms' ? 'terms_unchanged' : 'new_terms';
    case 'temporary_approval_extension':
      return 'views_for';
    case 'termination':
      return 'terminate';
    case 'representations':
      return 'original_stands';
    case 'exemption':
      return 'recommend_exemption';
    case 'resignation':
      return 'noted';
    case 'business':
      return null;
  }
}

/** Records the service's recommendation with the papers of one item; returns the sitting as it now is. */
export async function recordServiceRecommendation(
  ctx: DemoContext,
  detail: SittingDetail,
  itemId: string,
  plan: ItemPlan,
): Promise<SittingDetail> {
  const outcome = serviceOutcome(plan.work);
  const item = detail.items.find((i) => i.id === itemId);
  if (!outcome || !item || item.serviceRecommendation) return detail;
  count(ctx, 'service recommendations');
  return asAdmin(ctx, 'items:setServiceRecommendation', {
    id: item.id,
    version: item.version,
    outcome,
    reasons: null,
  });
}

/**
 * About once a quarter, at a main sitting the chair presides, the chair knows
 * the household of one approval and withdraws; a vice chair present all day
 * presides that item, where the panel stays quorate without the chair.
 */
export async function viceChairForOneItem(
  ctx: DemoContext,
  detail: SittingDetail,
  wholeDay: readonly string[],
): Promise<SittingDetail> {
  const done = ctx.tally.get('items presided by a vice chair') ?? 0;
  const held = ctx.tally.get('sittings presided by the chair') ?? 0;
  count(ctx, 'sittings presided by the chair');
  if (held < 3 || done >= Math.floor(held / 6) + 1) return detail;
  const vice = ctx.viceChairIds.find((id) => wholeDay.includes(id));
  const item = detail.items.find(
    (i) =>
      i.household &&
      i.status === 'scheduled' &&
      i.itemType.startsWith('approval_') &&
      i.declarations.length === 0 &&
      // One member fewer still makes the minimum, with room for the chair's absence.
      i.quorum.quorate &&
      i.quorum.membersCounted >= 7,
  );
  if (!vice || !item) return detail;
  let after = await asAdmin(ctx, 'items:declare', {
    itemId: item.id,
    memberId: ctx.chairId,
    interest: 'Knows the applicants socially',
    withdrew: true,
  });
  const version = after.items.find((i) => i.id === item.id)?.version ?? item.version;
  after = await asAdmin(ctx, 'items:setPresider', { id: item.id, version, presiderId: vice });
  if (after.items.find((i) => i.id === item.id)?.quorum.quorate) {
    count(ctx, 'items presided by a vice chair');
    return after;
  }
  // Not quorate with this vice chair (independence, the qualified social worker): the chair stays after all.
  const undone = after.items.find((i) => i.id === item.id)?.version ?? version;
  await asAdmin(ctx, 'items:setPresider', { id: item.id, version: undone, presiderId: null });
  return asAdmin(ctx, 'items:removeDeclaration', { itemId: item.id, memberId: ctx.chairId });
}
