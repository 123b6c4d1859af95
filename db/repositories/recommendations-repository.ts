import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { checkOutcome } from '../../shared/domain/recommendations/outcomes';
import type { ItemType } from '../../shared/domain/sittings/item-types';
import { TermsOfApproval } from '../../shared/schemas/household';
import type { RecommendationView } from '../../shared/schemas/recommendation';
import type { AppDatabase, ReadableDb } from '../connection';
import { idList, inIdList, preparedQuery } from '../prepared';
import { recommendations } from '../schema';

const Dissent = z.array(z.object({ memberId: z.string(), name: z.string(), view: z.string() }));

export type RecommendationRow = typeof recommendations.$inferInsert;

const byItem = preparedQuery((db) =>
  db
    .select()
    .from(recommendations)
    .where(eq(recommendations.itemId, sql.placeholder('itemId')))
    .prepare(),
);

export function getRecommendation(db: ReadableDb, itemId: string, itemType: ItemType): RecommendationView | null {
  const row = byItem(db).get({ itemId });
  return row ? viewOf(row, itemType) : null;
}

const byItems = preparedQuery((db) =>
  db.select().from(recommendations).where(inIdList(recommendations.itemId, 'ids')).prepare(),
);

/** The recommendations on several items (a sitting's agenda) in one read, by item id. */
export function recommendationsFor(
  db: ReadableDb,
  items: readonly { id: string; itemType: ItemType }[],
): Map<string, RecommendationView> {
  const types = new Map(items.map((item) => [item.id, item.itemType]));
  const found = new Map<string, RecommendationView>();
  if (items.length === 0) return found;
  const rows = byItems(db).all({ ids: idList([...types.keys()]) });
  for (const row of rows) {
    const itemType = types.get(row.itemId);
    if (itemType) found.set(row.itemId, viewOf(row, itemType));
  }
  return found;
}

function viewOf(row: typeof recommendations.$inferSelect, itemType: ItemType): RecommendationView {
  const outcome = checkOutcome(itemType, row.outcome);
  return {
    id: row.id,
    version: row.version,
    itemId: row.itemId,
    outcome: row.outcome,
    outcomeLabel: outcome.ok ? outcome.outcome.label : row.outcome,
    terms: row.terms ? TermsOfApproval.parse(JSON.parse(row.terms)) : null,
    reasons: row.reasons,
    keyIssues: row.keyIssues,
    membersViews: row.membersViews,
    unanimous: row.unanimous,
    votesFor: row.votesFor,
    votesAgainst: row.votesAgainst,
    votesAbstaining: row.votesAbstaining,
    dissent: Dissent.parse(JSON.parse(row.dissent)),
    outstanding: row.outstanding,
    reportQualityRating: row.reportQualityRating,
    reportQualityComment: row.reportQualityComment,
    recordedByName: row.recordedByName,
    onBehalfOf: row.onBehalfOf,
    presidedByName: row.presidedByName,
    recordedAt: row.recordedAt,
  };
}

/** One recommendation per item: recording again replaces it (the audit trail keeps the earlier one). */
export function saveRecommendation(db: AppDatabase, row: RecommendationRow): void {
  const { id: _id, itemId: _item, ...changes } = row;
  db.insert(recommendations).values(row).onConflictDoUpdate({ target: recommendations.itemId, set: changes }).run();
}

const recorderOf = preparedQuery((db) =>
  db
    .select({ userId: recommendations.recordedByUserId })
    .from(recommendations)
    .where(eq(recommendations.itemId, sql.placeholder('itemId')))
    .prepare(),
);

/** Who recorded the panel's recommendation on an item (they may not also decide it), or null. */
export function recommendationRecorder(db: ReadableDb, itemId: string): string | null {
  const row = recorderOf(db).get({ itemId });
  return row?.userId ?? null;
}
