import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { ExemptionView } from '../../shared/schemas/exemption';
import type { AppDatabase, ReadableDb } from '../connection';
import { admCases, agendaItems, exemptionTerms } from '../schema';

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

export function deleteExemption(db: AppDatabase, itemId: string): void {
  db.delete(exemptionTerms).where(eq(exemptionTerms.itemId, itemId)).run();
}

export function insertRecommendedExemption(
  db: AppDatabase,
  itemId: string,
  children: readonly string[],
  conditions: string | null,
): void {
  db.insert(exemptionTerms)
    .values({
      itemId,
      recommendedChildren: JSON.stringify(children),
      recommendedConditions: conditions,
    })
    .run();
}

/**
 * The ADM's grant: over the recommendation on record, or (nothing recommended,
 * an empty list) as the one exemption on record.
 */
export function saveGrantedExemption(
  db: AppDatabase,
  itemId: string,
  overRecommendation: boolean,
  children: readonly string[],
  conditions: string | null,
): void {
  const values = { decidedChildren: JSON.stringify(children), decidedConditions: conditions };
  if (overRecommendation) db.update(exemptionTerms).set(values).where(eq(exemptionTerms.itemId, itemId)).run();
  else
    db.insert(exemptionTerms)
      .values({ itemId, recommendedChildren: '[]', recommendedConditions: null, ...values })
      .run();
}

/**
 * An exemption from the usual fostering limit on record for the household:
 * an exemption item the agency decision maker decided to grant (its decision,
 * or the final decision after representations, is to grant).
 */
export function exemptionOnRecord(db: ReadableDb, householdId: string): boolean {
  const granted = db
    .select({ itemId: admCases.itemId })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .where(
      and(
        eq(admCases.householdId, householdId),
        eq(agendaItems.itemType, 'exemption'),
        isNotNull(admCases.decidedOn),
        inArray(admCases.state, ['decided', 'final']),
        eq(admCases.decisionCode, 'grant_exemption'),
      ),
    )
    .get();
  return granted !== undefined;
}
