import { and, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Retention } from '../../../shared/domain/records/retention';
import {
  admCases,
  agendaItems,
  complaints,
  exemptionTerms,
  feedbackForms,
  householdChildren,
  householdPurges,
  households,
  issuedDocuments,
  recommendations,
  reviewsWithoutPanel,
  sittingPeople,
} from '../../schema';
import type { AppDatabase } from '../../connection';

/** What replaces a name, an address or a summary once the record has been purged. */
export const PURGED_MARKER = 'Record purged';

/** Terms of approval without the named children's initials; everything a report counts stays. */
function withoutNamedChildren(json: string | null): string | null {
  if (!json) return json;
  try {
    const terms = JSON.parse(json) as Record<string, unknown>;
    return JSON.stringify({ ...terms, namedChildren: [] });
  } catch {
    return json;
  }
}

/**
 * Removes the personal data held about one household, keeping the anonymous
 * facts the annual report counts: the household row (its reference, type,
 * status and dates), its agenda items, recommendations and decisions, and
 * the register of issued documents (name, date, SHA-256) without their bytes.
 * Synchronous: runs inside the router's transaction, so it all happens or
 * none of it does. Returns how many documents' bytes were cleared, or null
 * (having changed nothing) when the household is no longer at `version`.
 */
export function purgeHousehold(
  db: AppDatabase,
  household: { id: string; version: number },
  retention: Retention & { kind: 'dated' },
  reason: string,
  by: { userId: string | null; displayName: string; at: string },
): number | null {
  const { at } = by;
  const terms = db.select({ terms: households.terms }).from(households).where(eq(households.id, household.id)).get();
  const written = db
    .update(households)
    .set({
      displayName: PURGED_MARKER,
      applicantNames: JSON.stringify([PURGED_MARKER]),
      applicantTitles: null,
      formOfAddress: null,
      address: null,
      assessingSocialWorker: null,
      supervisingSocialWorker: null,
      terms: withoutNamedChildren(terms?.terms ?? null),
      version: household.version + 1,
      updatedAt: at,
    })
    .where(and(eq(households.id, household.id), eq(households.version, household.version)))
    .run();
  if (written.changes !== 1) return null;

  const documents =
    db.select({ n: count() }).from(issuedDocuments).where(eq(issuedDocuments.householdId, household.id)).get()?.n ?? 0;
  // The purge row comes first: the trigger on issued_documents allows clearing bytes only for a purged household.
  db.insert(householdPurges)
    .values({
      householdId: household.id,
      purgedAt: at,
      purgedByUserId: by.userId,
      purgedByName: by.displayName,
      reason,
      basis: retention.basis,
      endedOn: retention.endedOn,
      purgeableFrom: retention.purgeableFrom,
      documentsCleared: documents,
    })
    .run();
  db.update(issuedDocuments)
    .set({ bytes: Buffer.alloc(0) })
    .where(eq(issuedDocuments.householdId, household.id))
    .run();

  db.delete(householdChildren).where(eq(householdChildren.householdId, household.id)).run();
  const itemIds = db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.householdId, household.id))
    .all()
    .map((item) => item.id);
  if (itemIds.length > 0) {
    // Applicants and their supporters at panel are the household's people; presenters are staff.
    db.update(sittingPeople)
      .set({ name: PURGED_MARKER, description: null })
      .where(and(inArray(sittingPeople.itemId, itemIds), inArray(sittingPeople.kind, ['applicant', 'supporter'])))
      .run();
    db.update(feedbackForms).set({ comment: null }).where(inArray(feedbackForms.itemId, itemIds)).run();
    // The children an exemption covered are named by initials; its conditions may name them too.
    db.update(exemptionTerms)
      .set({
        recommendedChildren: '[]',
        recommendedConditions: null,
        decidedChildren: sql`CASE WHEN ${exemptionTerms.decidedChildren} IS NULL THEN NULL ELSE '[]' END`,
        decidedConditions: null,
      })
      .where(inArray(exemptionTerms.itemId, itemIds))
      .run();
    for (const row of db
      .select({ id: recommendations.id, terms: recommendations.terms })
      .from(recommendations)
      .where(and(inArray(recommendations.itemId, itemIds), isNotNull(recommendations.terms)))
      .all()) {
      db.update(recommendations)
        .set({ terms: withoutNamedChildren(row.terms) })
        .where(eq(recommendations.id, row.id))
        .run();
    }
  }
  for (const row of db
    .select({ itemId: admCases.itemId, decisionTerms: admCases.decisionTerms, finalTerms: admCases.finalTerms })
    .from(admCases)
    .where(eq(admCases.householdId, household.id))
    .all()) {
    db.update(admCases)
      .set({ decisionTerms: withoutNamedChildren(row.decisionTerms), finalTerms: withoutNamedChildren(row.finalTerms) })
      .where(eq(admCases.itemId, row.itemId))
      .run();
  }
  db.update(complaints)
    .set({
      summary: PURGED_MARKER,
      outcome: sql`CASE WHEN ${complaints.outcome} IS NULL THEN NULL ELSE ${PURGED_MARKER} END`,
      updatedAt: at,
    })
    .where(eq(complaints.householdId, household.id))
    .run();
  // Reviews done without panel keep their date and kind (the report counts them); their words and names go.
  db.update(reviewsWithoutPanel)
    .set({ outcomeSummary: PURGED_MARKER, reviewedBy: PURGED_MARKER })
    .where(eq(reviewsWithoutPanel.householdId, household.id))
    .run();
  return documents;
}
