import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ExemptionDetails, ExemptionView } from '../../../shared/schemas/exemption';
import type { AppDatabase, ReadableDb } from '../../../db/connection';
import { exemptionTerms } from '../../../db/schema';
import { fieldError } from '../../backend/domain-error';

const Children = z.array(z.string());

/** The exemption on record for an item, or null when none was recommended. */
export function exemptionOf(db: ReadableDb, itemId: string): ExemptionView | null {
  const row = db.select().from(exemptionTerms).where(eq(exemptionTerms.itemId, itemId)).get();
  if (!row) return null;
  const recommended = Children.parse(JSON.parse(row.recommendedChildren));
  return {
    itemId,
    recommended: recommended.length > 0 ? { children: recommended, conditions: row.recommendedConditions } : null,
    granted:
      row.decidedChildren === null
        ? null
        : { children: Children.parse(JSON.parse(row.decidedChildren)), conditions: row.decidedConditions },
  };
}

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
  db.delete(exemptionTerms).where(eq(exemptionTerms.itemId, itemId)).run();
  if (!recommending) return;
  if (!details) throw fieldError('exemption.children', 'Name the children the exemption covers');
  db.insert(exemptionTerms)
    .values({
      itemId,
      recommendedChildren: JSON.stringify(details.children),
      recommendedConditions: details.conditions,
    })
    .run();
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
  const values = { decidedChildren: JSON.stringify(granted.children), decidedConditions: granted.conditions };
  if (recommended) db.update(exemptionTerms).set(values).where(eq(exemptionTerms.itemId, itemId)).run();
  else
    db.insert(exemptionTerms)
      // Nothing was recommended (an empty list): the ADM's own exemption is the one on record.
      .values({ itemId, recommendedChildren: '[]', recommendedConditions: null, ...values })
      .run();
  return granted;
}
