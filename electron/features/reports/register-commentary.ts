import type { ReportCommentary } from '../../../shared/schemas/report-commentary';
import { getCommentary, saveCommentaryAtVersion } from '../../../db/repositories/reports/report-commentary';
import type { ReadableDb } from '../../../db/connection';
import { staleVersion } from '../../backend/domain-error';
import type { Router } from '../../backend/router';

type Period = { from: string; to: string };

/** The commentary as the screen and the document read it: empty, version 0, until someone writes one. */
export function commentaryOf(db: ReadableDb, period: Period): ReportCommentary {
  const stored = getCommentary(db, period);
  return {
    ...period,
    text: stored?.text ?? '',
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedByName: stored?.updatedByName ?? null,
  };
}

/**
 * The chair's commentary on a report period, written on the report screen and
 * kept in the app (one per period, so each year's stays with that year), then
 * printed in the report's Word document. Each save is audited with the text
 * before and after; a save over a change made elsewhere is refused.
 */
export function registerCommentary(router: Router): void {
  router.handle('reports:commentary', (ctx, period) => commentaryOf(ctx.db, period));

  router.handle('reports:saveCommentary', (ctx, input) => {
    const period = { from: input.from, to: input.to };
    const before = getCommentary(ctx.db, period);
    const landed = saveCommentaryAtVersion(ctx.db, period, input.version, {
      text: input.text,
      updatedAt: ctx.clock.now().toISOString(),
      updatedByUserId: ctx.actor.userId,
      updatedByName: ctx.actor.displayName,
    });
    if (!landed) throw staleVersion('The commentary');
    ctx.audit.entityId = `report-${period.from}-${period.to}`;
    ctx.audit.changes = { commentary: [before?.text ?? null, input.text] };
    return commentaryOf(ctx.db, period);
  });
}
