import { listAudit } from '../../../db/repositories/audit-repository';
import type { AuditTrail } from '../../backend/audit/audit-trail';
import type { DatabaseStore } from '../../backend/store';
import type { Router } from '../../backend/router';

export function registerAudit(router: Router, audit: AuditTrail, store: DatabaseStore): void {
  router.handle('audit:list', (ctx, filter) => listAudit(ctx.db, filter));
  router.handle('audit:verify', () => audit.verify(store.sqlite));
}
