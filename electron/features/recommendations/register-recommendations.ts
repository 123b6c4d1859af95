import { exemptionOf } from '../../../db/repositories/exemptions-repository';
import { recordRecommendedExemption } from '../exemptions/exemption-record';
import { refuseUnlawfulTerms } from '../households/terms-check';
import { admRecordingRefusal } from '../../../shared/domain/auth/adm-rule';
import { checkOutcome, checkVotes } from '../../../shared/domain/recommendations/outcomes';
import type { ItemType } from '../../../shared/domain/sittings/item-types';
import { getSittingItemRow } from '../../../db/repositories/sittings-repository';
import { getUserRecord } from '../../../db/repositories/users-repository';
import { markItemHeard } from '../../../db/repositories/agenda-items-repository';
import { DomainError, fieldError, notFound, staleView } from '../../backend/domain-error';
import type { HandlerContext, Router } from '../../backend/router';
import { refuseIfClosed, requireSitting } from '../sittings/sitting-guards';
import { getRecommendation, saveRecommendation } from '../../../db/repositories/recommendations-repository';

/** Who is recording, and for whom: the presider themselves, or the administrator on their behalf. */
function recorder(ctx: HandlerContext, presiderId: string | null, presiderName: string | null): string | null {
  const user = ctx.actor.userId ? getUserRecord(ctx.db, ctx.actor.userId) : null;
  const isPresider = user?.memberId !== null && user?.memberId !== undefined && user.memberId === presiderId;
  if (isPresider) return null;
  if (ctx.actor.roles.includes('administrator')) return presiderName ?? 'the presiding chair';
  throw new DomainError(
    'FORBIDDEN',
    'Only the chair or vice chair presiding this item, or the panel administrator on their behalf, can record the recommendation.',
  );
}

export function registerRecommendations(router: Router): void {
  router.handle('recommendations:get', (ctx, { itemId }) => {
    const item = getSittingItemRow(ctx.db, itemId);
    if (!item) throw notFound('This item');
    return getRecommendation(ctx.db, itemId, item.itemType as ItemType);
  });

  router.handle('recommendations:exemption', (ctx, { itemId }) => {
    if (!getSittingItemRow(ctx.db, itemId)) throw notFound('This item');
    return exemptionOf(ctx.db, itemId);
  });

  router.handle('recommendations:record', (ctx, input) => {
    const item = getSittingItemRow(ctx.db, input.itemId);
    if (!item) throw notFound('This item');
    const type = item.itemType as ItemType;
    const sitting = requireSitting(ctx, item.sittingId);
    if (item.status === 'withdrawn' || item.status === 'moved' || item.status === 'deferred') {
      throw new DomainError(
        'RULE_VIOLATION',
        `This item was ${item.status} before it was heard, so no recommendation can be recorded on it here.`,
      );
    }
    refuseIfClosed(sitting);
    const admRefusal = ctx.actor.userId
      ? admRecordingRefusal({ userId: ctx.actor.userId }, { decidingAdmUserId: item.decidingAdmUserId })
      : null;
    if (admRefusal) throw new DomainError('FORBIDDEN', admRefusal);
    const view = sitting.items.find((i) => i.id === item.id);
    if (!view?.quorum.quorate) {
      const reasons = view?.quorum.failures.map((f) => f.message).join(' ') ?? '';
      throw new DomainError(
        'RULE_VIOLATION',
        `The panel is not quorate for this item, so it cannot make a recommendation. ${reasons}`,
      );
    }
    // Quorum rule 2 may be switched off, but a recommendation is always made with someone able presiding the item.
    if (view.presiding.problem) throw new DomainError('RULE_VIOLATION', view.presiding.problem);
    const outcome = checkOutcome(type, input.outcome);
    if (!outcome.ok) throw fieldError('outcome', outcome.message);
    if (outcome.outcome.needsTerms && !input.terms)
      throw fieldError('terms', 'Record the terms of approval for this recommendation');
    if (outcome.outcome.needsTerms) refuseUnlawfulTerms(ctx.db, item.householdId, input.terms);
    const votes = {
      unanimous: input.unanimous,
      for: input.votesFor,
      against: input.votesAgainst,
      abstaining: input.votesAbstaining,
    };
    const votesProblem = checkVotes(votes, view.quorum.membersCounted);
    if (votesProblem) throw fieldError('votesFor', votesProblem);
    if (input.outcome === 'deferred' && !input.outstanding)
      throw fieldError('outstanding', 'Say what is outstanding before the item can come back');
    const counted = new Map(
      sitting.attendance
        .filter((a) => a.status === 'present' || a.status === 'invited')
        .map((a) => [a.memberId, a.name]),
    );
    const dissent = input.dissent.map((d, index) => {
      const name = counted.get(d.memberId);
      if (!name || view.declarations.some((x) => x.memberId === d.memberId && x.withdrew)) {
        throw fieldError(`dissent.${index}.memberId`, 'Choose a member who took part in this item');
      }
      return { memberId: d.memberId, name, view: d.view };
    });
    // The item's presider: a vice chair standing in for this item, or the sitting's presider.
    const { presiderId, presiderName } = view.presiding;
    const onBehalfOf = recorder(ctx, presiderId, presiderName);
    const at = ctx.clock.now().toISOString();
    const existing = getRecommendation(ctx.db, item.id, type);
    // Changed at another seat (the chair and the administrator both record) since the form loaded it: refused,
    // naming who and when, with the recommendation as they saved it.
    if (input.version !== (existing?.version ?? 0)) {
      throw staleView('The recommendation', () => getRecommendation(ctx.db, item.id, type), {
        entity: 'recommendation',
        id: item.id,
      });
    }
    saveRecommendation(ctx.db, {
      id: existing?.id ?? ctx.ids.next(),
      version: (existing?.version ?? 0) + 1,
      itemId: item.id,
      outcome: input.outcome,
      terms: outcome.outcome.needsTerms && input.terms ? JSON.stringify(input.terms) : null,
      reasons: input.reasons,
      keyIssues: input.keyIssues,
      membersViews: input.membersViews,
      unanimous: input.unanimous,
      votesFor: input.unanimous ? view.quorum.membersCounted : input.votesFor,
      votesAgainst: input.unanimous ? 0 : input.votesAgainst,
      votesAbstaining: input.unanimous ? 0 : input.votesAbstaining,
      dissent: JSON.stringify(dissent),
      outstanding: input.outstanding,
      reportQualityRating: input.reportQualityRating ?? null,
      reportQualityComment: input.reportQualityComment,
      recordedByUserId: ctx.actor.userId,
      recordedByName: ctx.actor.displayName,
      onBehalfOf,
      presidedByMemberId: presiderId,
      presidedByName: presiderName,
      recordedAt: at,
    });
    markItemHeard(ctx.db, item.id, at);
    if (type === 'exemption') {
      recordRecommendedExemption(ctx.db, item.id, input.outcome === 'recommend_exemption', input.exemption);
    }
    const saved = getRecommendation(ctx.db, item.id, type);
    if (!saved) throw new Error('The recommendation was not saved');
    ctx.audit.entityId = item.id;
    ctx.audit.changes = { recommendation: [existing, saved] };
    return saved;
  });
}
