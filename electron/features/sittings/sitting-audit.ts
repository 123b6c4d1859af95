import type { AppDatabase } from '../../../db/connection';
import { sittingDetail } from './sitting-view';

/** A sitting as the audit trail compares it: its own fields, attendance and agenda order (not derived quorum). */
export function sittingAuditView(db: AppDatabase, id: string): Record<string, unknown> | null {
  const detail = sittingDetail(db, id);
  if (!detail) return null;
  const { items, attendance, papersDue: _due, itemCount: _count, ...fields } = detail;
  return {
    ...fields,
    attendance: attendance.map((a) => `${a.name}: ${a.status}`),
    agenda: items.map((i) => `${i.position}. ${i.typeLabel} ${i.household?.reference ?? i.title ?? ''} (${i.status})`),
  };
}
