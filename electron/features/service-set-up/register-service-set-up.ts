import { readServiceSetUpState, writeServiceSetUpState } from '../../../db/repositories/service-set-up-repository';
import type { ServiceSetUpState } from '../../../shared/schemas/service-set-up';
import type { HandlerContext, Router } from '../../backend/router';

/**
 * The first-run set-up's progress. Its steps save through `settings:update`
 * (name, letterhead, sitting pattern, quorum), so each is audited as any
 * settings change; these channels only say whether it still opens by itself.
 */
export function registerServiceSetUp(router: Router): void {
  router.handle('setup:status', (ctx) => ({ state: readServiceSetUpState(ctx.db) }));
  router.handle('setup:later', (ctx) => move(ctx, 'later'));
  router.handle('setup:finish', (ctx) => move(ctx, 'done'));
}

function move(ctx: HandlerContext, state: ServiceSetUpState): { state: ServiceSetUpState } {
  const before = readServiceSetUpState(ctx.db);
  // Finished stays finished: putting off a set-up already done would bring the reminder back for nothing.
  const next = before === 'done' ? 'done' : state;
  writeServiceSetUpState(ctx.db, next, ctx.clock.now().toISOString());
  ctx.audit.entityId = 'serviceSetUp';
  ctx.audit.changes = { serviceSetUp: [before, next] };
  return { state: next };
}
