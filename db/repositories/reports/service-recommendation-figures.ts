import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { panelDisagreedWithService } from '../../../shared/domain/recommendations/service-agreement';
import type { ReportPeriod } from '../../../shared/schemas/report';
import type { ServiceDisagreements } from '../../../shared/schemas/report-service';
import type { ReadableDb } from '../../connection';
import { agendaItems, recommendations, sittings } from '../../schema';
import { byItemTypeOrder, sittingInPeriod, typeLabel } from './report-sql';

/**
 * The panel's recommendations at sittings in the period beside the service's
 * own, by type of item. One read of the period's recommendations (a few
 * hundred a year), tallied with the domain's rule for what disagreeing means.
 * Cases sent straight to the ADM have no sitting and no panel recommendation,
 * so their service recommendation (direct_referrals) is never counted here.
 */
export function serviceDisagreementFigures(db: ReadableDb, period: ReportPeriod): ServiceDisagreements {
  const rows = db
    .select({
      itemType: agendaItems.itemType,
      panel: recommendations.outcome,
      service: agendaItems.serviceOutcome,
    })
    .from(recommendations)
    .innerJoin(agendaItems, eq(agendaItems.id, recommendations.itemId))
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(and(sittingInPeriod(period), isNotNull(agendaItems.sittingId), ne(recommendations.outcome, 'deferred')))
    .all();
  const byType = new Map<string, ServiceDisagreements[number]>();
  for (const row of rows) {
    const entry = byType.get(row.itemType) ?? {
      itemType: row.itemType,
      label: typeLabel(row.itemType),
      heard: 0,
      withServiceRecommendation: 0,
      agreed: 0,
      disagreed: 0,
    };
    entry.heard += 1;
    const disagreed = row.service ? panelDisagreedWithService(row.panel, row.service) : null;
    if (row.service) entry.withServiceRecommendation += 1;
    if (disagreed === true) entry.disagreed += 1;
    if (disagreed === false) entry.agreed += 1;
    byType.set(row.itemType, entry);
  }
  return byItemTypeOrder([...byType.values()]);
}
