import { asc, eq, inArray } from 'drizzle-orm';
import { reviewKindLabel } from '../../../shared/domain/reviews/review-kinds';
import type { SubjectAccessData } from '../../../shared/schemas/records';
import type { AppDatabase } from '../../connection';
import { exemptionTerms, reviewsWithoutPanel } from '../../schema';

/** Reviews done without panel, in date order: the outcome and who reviewed are personal records too. */
export function reviewsWithoutPanelOf(db: AppDatabase, householdId: string): SubjectAccessData['reviewsWithoutPanel'] {
  return db
    .select()
    .from(reviewsWithoutPanel)
    .where(eq(reviewsWithoutPanel.householdId, householdId))
    .orderBy(asc(reviewsWithoutPanel.reviewDate), asc(reviewsWithoutPanel.recordedAt))
    .all()
    .map((r) => ({
      id: r.id,
      reviewDate: r.reviewDate,
      kind: r.kind,
      kindLabel: reviewKindLabel(r.kind),
      outcomeSummary: r.outcomeSummary,
      reviewedBy: r.reviewedBy,
      recordedByName: r.recordedByName,
    }));
}

/** Children's initials as stored (JSON); anything unreadable reads as none rather than failing the export. */
function children(json: string | null): string[] | null {
  if (json === null) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** The exemptions recorded on the household's items: the children they cover name them by initials. */
export function exemptionsOf(db: AppDatabase, itemIds: readonly string[]): SubjectAccessData['exemptions'] {
  if (itemIds.length === 0) return [];
  const order = new Map(itemIds.map((id, index) => [id, index]));
  return db
    .select()
    .from(exemptionTerms)
    .where(inArray(exemptionTerms.itemId, [...itemIds]))
    .all()
    .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0))
    .map((e) => ({
      itemId: e.itemId,
      recommendedChildren: children(e.recommendedChildren) ?? [],
      recommendedConditions: e.recommendedConditions,
      grantedChildren: children(e.decidedChildren),
      grantedConditions: e.decidedConditions,
    }));
}
