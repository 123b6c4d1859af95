import { z } from 'zod';
import { daysBetween } from '../domain/dates';
import { IsoDate } from './dates';
import { ServiceDisagreements } from './report-service';

/** The longest period one report covers: five years keeps every query bounded. */
export const MAX_REPORT_DAYS = 5 * 366;

/** The period to report on; either end left out means the financial year (April to March) containing today. */
export const ReportPeriodInput = z
  .object({ from: IsoDate.optional(), to: IsoDate.optional() })
  .superRefine((period, ctx) => {
    if (!period.from || !period.to) return;
    if (period.to < period.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be on or after its start' });
    } else if (daysBetween(period.from, period.to) > MAX_REPORT_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'A report can cover at most five years' });
    }
  });
export type ReportPeriodInput = z.input<typeof ReportPeriodInput>;

const Count = z.number().int().min(0);
/** An average or rate to one decimal place, or null when there was nothing to average. */
const Average = z.number().nullable();

export const ReportPeriod = z.object({ from: IsoDate, to: IsoDate });
export type ReportPeriod = z.infer<typeof ReportPeriod>;

const ReasonCount = z.object({ reason: z.string(), count: Count });
const LabelCount = z.object({ label: z.string(), count: Count });

/** An ended approval (resignation or termination), for counting by household type and by reason. */
const Endings = z.object({
  total: Count,
  byHouseholdType: z.array(LabelCount),
  byReason: z.array(ReasonCount),
});

const DaysStats = z.object({ count: Count, averageDays: Average, longestDays: z.number().int().nullable() });
export type DaysStats = z.infer<typeof DaysStats>;

const OnTime = z.object({ onTime: Count, late: Count, notRecorded: Count });

/**
 * Everything a panel reports for a period (domain.md "Annual reporting"),
 * computed from the records. Codes for tests and tables; labels as a reader sees them.
 */
export const AnnualReport = z.object({
  period: ReportPeriod,
  builtOn: IsoDate,
  sittings: z.object({
    byKind: z.array(
      z.object({
        kind: z.enum(['main', 'extra']),
        label: z.string(),
        held: Count,
        notYetHeld: Count,
        cancelled: Count,
      }),
    ),
    byPresider: z.array(z.object({ name: z.string(), listRole: z.string(), main: Count, extra: Count, total: Count })),
  }),
  items: z.object({
    byType: z.array(
      z.object({
        itemType: z.string(),
        label: z.string(),
        listed: Count,
        heard: Count,
        deferred: Count,
        withdrawn: Count,
      }),
    ),
    outcomes: z.array(
      z.object({
        itemType: z.string(),
        typeLabel: z.string(),
        outcome: z.string(),
        outcomeLabel: z.string(),
        count: Count,
      }),
    ),
  }),
  approvals: z.object({
    total: Count,
    places: Count,
    byHouseholdType: z.array(
      z.object({ householdType: z.string(), label: z.string(), approvals: Count, places: Count }),
    ),
    /** Mainstream and specialist-scheme approvals by terms, as the seed report's "Foster care approvals (mainstream)". */
    mainstreamByCareType: z.array(
      z.object({ careType: z.string(), label: z.string(), approvals: Count, places: Count }),
    ),
    /** Connected-person approvals by terms, apart, so they never inflate the mainstream rows. */
    connectedByCareType: z.array(
      z.object({ careType: z.string(), label: z.string(), approvals: Count, places: Count }),
    ),
  }),
  connectedPersons: z.object({
    approvals: Count,
    places: Count,
    temporaryApprovals: Count,
    extensions: Count,
  }),
  firstReviews: z.object({
    rows: z.array(
      z.object({ outcome: z.string(), label: z.string(), mainstream: Count, connected: Count, total: Count }),
    ),
    mainstream: Count,
    connected: Count,
  }),
  otherReviews: z.object({
    rows: z.array(
      z.object({
        outcome: z.string(),
        label: z.string(),
        heard: Count,
        admAgreed: Count,
        admDisagreed: Count,
        awaitingAdm: Count,
      }),
    ),
    admDisagreements: z.array(
      z.object({
        householdReference: z.string(),
        sittingDate: IsoDate,
        panelRecommendation: z.string(),
        admDecision: z.string(),
      }),
    ),
  }),
  /** Reviews after the first in the period, by kind (review-kind-figures.ts). */
  reviewKinds: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      atPanel: Count,
      direct: Count,
      withoutPanel: Count,
      total: Count,
    }),
  ),
  admDecisions: z.array(
    z.object({ itemType: z.string(), label: z.string(), decided: Count, agreed: Count, disagreed: Count }),
  ),
  /** Where the panel disagreed with the service's own recommendation, by type of item. */
  serviceDisagreements: ServiceDisagreements,
  resignations: Endings,
  terminations: Endings,
  extensions: z.object({
    rows: z.array(z.object({ outcome: z.string(), label: z.string(), heard: Count, approved: Count })),
    approved: Count,
  }),
  deferrals: z.object({
    total: Count,
    byType: z.array(LabelCount),
    byReason: z.array(ReasonCount),
  }),
  determinations: z.object({
    rows: z.array(
      z.object({
        decision: z.string(),
        label: z.string(),
        made: Count,
        representations: Count,
        irm: Count,
        finalMade: Count,
        finalConfirmed: Count,
      }),
    ),
  }),
  complaints: z.array(z.object({ source: z.string(), label: z.string(), received: Count, closed: Count })),
  observers: z.object({
    total: Count,
    sittingsWithObservers: Count,
    byDescription: z.array(LabelCount),
  }),
  feedback: z.array(z.object({ fromKind: z.string(), label: z.string(), forms: Count, averageRating: Average })),
  timeliness: z.object({
    papers: OnTime,
    admDecisions: z.object({ onTime: Count, late: Count, waiting: Count, waitingOverdue: Count }),
    minutesApproved: DaysStats.extend({ notYetApproved: Count }),
    sentToAdm: DaysStats,
    admDecisionDays: DaysStats,
  }),
  /** Telling applicants the ADM's decision: orally within 2 working days, in writing within 5 (decisions in the period). */
  telling: z
    .object({
      orally: z.object({ onTime: Count, late: Count, notYet: Count }),
      inWriting: z.object({ onTime: Count, late: Count, notYet: Count }),
    })
    .optional(),
  members: z.object({
    rows: z.array(
      z.object({
        name: z.string(),
        listRole: z.string(),
        present: Count,
        apologies: Count,
        absent: Count,
        lastAppraisal: IsoDate.nullable(),
        appraisedInPeriod: z.boolean(),
      }),
    ),
    appraisalsDone: Count,
  }),
});
export type AnnualReport = z.infer<typeof AnnualReport>;

/**
 * One table of the report for a period as a CSV file: the window names the
 * table and the period, and main builds the file from its own figures and asks where to save it.
 */
export const SaveReportCsv = z
  .object({
    from: IsoDate,
    to: IsoDate,
    tableId: z
      .string({ error: 'Choose a table of the report' })
      .regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'Choose a table of the report' }),
  })
  .superRefine(refinePeriod);

/** A whole period named by both ends: the end on or after the start, at most five years. */
export function refinePeriod(period: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (period.to < period.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be on or after its start' });
  } else if (daysBetween(period.from, period.to) > MAX_REPORT_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'A report can cover at most five years' });
  }
}

export const SavedFile = z.object({ path: z.string(), sizeBytes: z.number().int(), sha256: z.string() });
export type SavedFile = z.infer<typeof SavedFile>;
