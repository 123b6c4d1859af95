import { eq } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { directReferrals } from '../schema';
import type { ItemType } from '../../shared/domain/sittings/item-types';
import { TermsOfApproval } from '../../shared/schemas/household';
import { getRecommendation } from './recommendations-repository';

export interface DirectReferralRecord {
  reportDate: string;
  presentedBy: string;
  outcome: string;
  terms: TermsOfApproval | null;
  reasons: string;
  referredByName: string;
  referredAt: string;
}

export function getDirectReferral(db: ReadableDb, itemId: string): DirectReferralRecord | null {
  const row = db.select().from(directReferrals).where(eq(directReferrals.itemId, itemId)).get();
  if (!row) return null;
  return {
    reportDate: row.reportDate,
    presentedBy: row.presentedBy,
    outcome: row.outcome,
    terms: row.terms ? TermsOfApproval.parse(JSON.parse(row.terms)) : null,
    reasons: row.reasons,
    referredByName: row.referredByName,
    referredAt: row.referredAt,
  };
}

/** What the ADM agrees or disagrees with: the panel's recommendation, or the service's when the case skipped panel. */
export function recommendationToDecide(
  db: AppDatabase,
  itemId: string,
  type: ItemType,
): { outcome: string; terms: TermsOfApproval | null; reasons: string } | null {
  return getRecommendation(db, itemId, type) ?? getDirectReferral(db, itemId);
}

export function insertDirectReferral(db: AppDatabase, row: typeof directReferrals.$inferInsert): void {
  db.insert(directReferrals).values(row).run();
}
