import type { ExemptionDetails } from '../../../shared/schemas/exemption';
import type { AppDatabase } from '../../../db/connection';
import {
  deleteExemption,
  exemptionOf,
  insertRecommendedExemption,
  saveGrantedExemption,
} from '../../../db/repositories/exemptions-repository';
import { fieldError } from '../../backend/domain-error';

/**
 * Records what is recommended for an exemption item (panel's recommendation,
 * or the service's report for a case sent straight to the ADM). Recommending
 * against the exemption records none; the children are required otherwise.
 */
export function recordRecommendedExemption(
  db: AppDatabase,
  itemId: string,
  recommending: boolean,
  details: ExemptionDetails | null | undefined,
): void {
  // Once granted, the exemption on record stays as the ADM granted it.
  if (exemptionOf(db, itemId)?.granted) return;
  deleteExemption(db, itemId);
  if (!recommending) return;
  if (!details) throw fieldError('exemption.children', 'Name the children the exemption covers');
  insertRecommendedExemption(db, itemId, details.children, details.conditions);
}

/**
 * The ADM grants the exemption: on the children and conditions recommended,
 * or on their own when they change them. Returns what was granted.
 */
export function recordGrantedExemption(
  db: AppDatabase,
  itemId: string,
  changed: ExemptionDetails | null | undefined,
): ExemptionDetails {
  const recommended = exemptionOf(db, itemId)?.recommended ?? null;
  const granted = changed ?? recommended;
  if (!granted) throw fieldError('exemption.children', 'Name the children the exemption covers');
  // Nothing recommended (an empty list): the ADM's own exemption is the one on record.
  saveGrantedExemption(db, itemId, recommended !== null, granted.children, granted.conditions);
  return granted;
}
