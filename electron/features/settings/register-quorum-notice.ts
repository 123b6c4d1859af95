import type { QuorumNotice } from '../../../shared/schemas/quorum-notice';
import { QUORUM_MINIMUM_MEMBERS } from '../../../shared/schemas/settings';
import type { ReadableDb } from '../../../db/connection';
import { acknowledgeQuorumNotice, readQuorumNotice } from '../../../db/repositories/quorum-notice-repository';
import { DomainError } from '../../backend/domain-error';
import type { Router } from '../../backend/router';

/** The three conditions of the legal minimum, as the notice names them when one had been switched off. */
const CONDITIONS: Record<string, string> = {
  requireChairOrViceChairPresiding: 'The chair or a vice chair must preside',
  requireQualifiedSocialWorker: "At least one social worker with 3 years' post-qualifying experience",
  requireOtherIndependentWhenPresiderNotIndependent:
    'When the person presiding is not independent, at least one other independent member',
};

/**
 * The notice migration 0018 leaves when it raised a stored quorum rule that
 * was looser than the regulations (FSR reg 24; domain.md: stricter, never
 * looser). It says what each part was and is now, and stays on the settings
 * screen until an administrator acknowledges it; the acknowledgement is audited.
 */
export function registerQuorumNotice(router: Router): void {
  router.handle('quorum:notice', (ctx) => quorumNotice(ctx.db));
  router.handle('quorum:acknowledgeNotice', (ctx) => {
    const at = ctx.clock.now().toISOString();
    const id = acknowledgeQuorumNotice(ctx.db, at, ctx.actor.displayName);
    if (!id) throw new DomainError('RULE_VIOLATION', 'There is no notice waiting to be acknowledged.');
    ctx.audit.entityId = id;
    ctx.audit.changes = { acknowledged: [null, at] };
    return quorumNotice(ctx.db);
  });
}

function quorumNotice(db: ReadableDb): QuorumNotice {
  const stored = readQuorumNotice(db);
  if (!stored) return { notice: null };
  const { before } = stored;
  const changes: string[] = [];
  const minimum = before.minimumMembers;
  if (typeof minimum === 'number' && minimum < QUORUM_MINIMUM_MEMBERS) {
    changes.push(
      `The minimum number of members was ${minimum}; it is now ${QUORUM_MINIMUM_MEMBERS}, the regulations' minimum.`,
    );
  }
  for (const [key, label] of Object.entries(CONDITIONS)) {
    if (before[key] === false) changes.push(`"${label}" had been switched off; it applies again.`);
  }
  return {
    notice: {
      createdAt: stored.createdAt,
      changes,
      acknowledgedAt: stored.acknowledgedAt,
      acknowledgedByName: stored.acknowledgedByName,
    },
  };
}
