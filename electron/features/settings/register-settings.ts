import { diffFields } from '../../backend/audit/audit-diff';
import type { Router } from '../../backend/router';
import { readSettings, writeSettings } from './settings-repository';

export function registerSettings(router: Router): void {
  router.handle('settings:get', (ctx) => readSettings(ctx.db));
  router.handle('settings:update', (ctx, input) => {
    const before = readSettings(ctx.db);
    const changed = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    writeSettings(ctx.db, { ...before, ...changed }, ctx.clock.now().toISOString());
    const after = readSettings(ctx.db);
    ctx.audit.entityId = 'app';
    ctx.audit.changes = diffFields(before, after);
    return after;
  });
}
