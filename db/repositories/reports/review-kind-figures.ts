import { and, eq, inArray } from 'drizzle-orm';
import { STORED_REVIEW_KINDS, REVIEW_KIND_LABELS, storedReviewKind } from '../../../shared/domain/reviews/review-kinds';
import type { AnnualReport, ReportPeriod } from '../../../shared/schemas/report';
import type { ReadableDb } from '../../connection';
import { agendaItems, directReferrals, recommendations, reviewsWithoutPanel, sittings } from '../../schema';
import { countAll, inPeriod, sittingInPeriod } from './report-sql';

/**
 * Reviews after the first in the period, each kind apart (annual, standards of
 * care, allegation, change of circumstances, and those entered before kinds
 * were recorded): heard at panel, sent straight to the ADM, or done without panel.
 */
export function reviewKindFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['reviewKinds'] {
  const atPanel = db
    .select({ kind: agendaItems.reviewKind, count: countAll() })
    .from(recommendations)
    .innerJoin(agendaItems, eq(agendaItems.id, recommendations.itemId))
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(and(sittingInPeriod(period), eq(agendaItems.itemType, 'other_review')))
    .groupBy(agendaItems.reviewKind)
    .all();
  // The referrals of the period first, then their items by key: item type alone would walk every item.
  const referred = db
    .select({ itemId: directReferrals.itemId })
    .from(directReferrals)
    .where(inPeriod(directReferrals.reportDate, period));
  const direct = db
    .select({ kind: agendaItems.reviewKind, count: countAll() })
    .from(agendaItems)
    .where(and(inArray(agendaItems.id, referred), eq(agendaItems.itemType, 'other_review')))
    .groupBy(agendaItems.reviewKind)
    .all();
  const without = db
    .select({ kind: reviewsWithoutPanel.kind, count: countAll() })
    .from(reviewsWithoutPanel)
    .where(inPeriod(reviewsWithoutPanel.reviewDate, period))
    .groupBy(reviewsWithoutPanel.kind)
    .all();
  const tally = (rows: readonly { kind: string | null; count: number }[], kind: string) =>
    rows.filter((row) => storedReviewKind(row.kind) === kind).reduce((n, row) => n + row.count, 0);
  return STORED_REVIEW_KINDS.map((kind) => {
    const counts = { atPanel: tally(atPanel, kind), direct: tally(direct, kind), withoutPanel: tally(without, kind) };
    return {
      kind,
      label: REVIEW_KIND_LABELS[kind],
      ...counts,
      total: counts.atPanel + counts.direct + counts.withoutPanel,
    };
  });
}
