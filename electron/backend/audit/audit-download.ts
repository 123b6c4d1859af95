import type { Sender } from '../sender';
import { auditAct } from './audit-act';

type AuditingBackend = Parameters<typeof auditAct>[0];

/** A file handed over, as its audit row names it: the file's name and the channel whose call made it. */
export interface HandedOver {
  name: string;
  madeBy: string;
}

/**
 * Every download is audited (issue 20): who, from where, which file, what made it, when. One row, the same for the
 * service host's seats and for browser mode's window on this computer (its seat is empty, as every loopback row's);
 * the call that made the file has its own row.
 */
export function auditDownload(backend: AuditingBackend, sender: Sender, file: HandedOver): void {
  auditAct(backend, sender, {
    channel: 'download',
    entityType: 'download',
    entityId: null,
    changes: { file: [null, file.name], madeBy: [null, file.madeBy] },
  });
}
