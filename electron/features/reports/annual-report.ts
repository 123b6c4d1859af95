import type { AnnualReport, ReportPeriod } from '../../../shared/schemas/report';
import type { ReadableDb } from '../../../db/connection';
import { clocksFor } from '../../backend/service-clocks';
import {
  admDecisionFigures,
  approvalFigures,
  deferralFigures,
  determinationFigures,
  extensionFigures,
  resignationFigures,
  reviewFigures,
  terminationFigures,
} from '../../../db/repositories/reports/decision-figures';
import { serviceDisagreementFigures } from '../../../db/repositories/reports/service-recommendation-figures';
import { reviewKindFigures } from '../../../db/repositories/reports/review-kind-figures';
import { admTimelinessFigures, complaintFigures } from '../../../db/repositories/reports/service-figures';
import { tellingFigures } from '../../../db/repositories/reports/telling-figures';
import {
  feedbackFigures,
  itemFigures,
  memberFigures,
  observerFigures,
  sittingFigures,
  sittingTimeliness,
} from '../../../db/repositories/reports/sitting-figures';

/**
 * The panel's report for a period, straight from the records: a fixed number
 * of grouped queries however many sittings the period holds, with the
 * service's own clocks for what counts as on time.
 */
export function buildAnnualReport(db: ReadableDb, period: ReportPeriod, today: string): AnnualReport {
  const clocks = clocksFor(db);
  return {
    period,
    builtOn: today,
    sittings: sittingFigures(db, period),
    items: itemFigures(db, period),
    ...approvalFigures(db, period),
    ...reviewFigures(db, period),
    reviewKinds: reviewKindFigures(db, period),
    admDecisions: admDecisionFigures(db, period),
    serviceDisagreements: serviceDisagreementFigures(db, period),
    resignations: resignationFigures(db, period),
    terminations: terminationFigures(db, period),
    extensions: extensionFigures(db, period),
    deferrals: deferralFigures(db, period),
    determinations: determinationFigures(db, period),
    complaints: complaintFigures(db, period),
    observers: observerFigures(db, period),
    feedback: feedbackFigures(db, period),
    timeliness: {
      ...sittingTimeliness(db, period, clocks.papersDue),
      ...admTimelinessFigures(db, period, clocks.admDecisionDue, today),
    },
    members: memberFigures(db, period),
    telling: tellingFigures(db, period, clocks, today),
  };
}
