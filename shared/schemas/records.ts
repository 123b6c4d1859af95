import { z } from 'zod';
import { Complaint, FeedbackForm } from './complaints';
import { IsoDate } from './dates';
import { PageNumber } from './paging';
import { Household, HouseholdStatus, HouseholdType, TermsOfApproval } from './household';
import { RecommendationView } from './recommendation';
import { EntityId, requiredText, Version } from './text';

export const RetentionBasis = z.enum(['approval_ended', 'placement_ended', 'refused', 'withdrawn']);

export const PurgeRecord = z.object({
  purgedAt: z.string(),
  purgedByName: z.string(),
  reason: z.string(),
  documentsCleared: z.number().int(),
});
export type PurgeRecord = z.infer<typeof PurgeRecord>;

/** One household whose relationship with the service has ended, and when its records may go. */
export const RetentionEntry = z.object({
  id: z.string(),
  version: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  householdType: HouseholdType,
  status: HouseholdStatus,
  basis: RetentionBasis.nullable(),
  basisLabel: z.string(),
  endedOn: IsoDate.nullable(),
  purgeableFrom: IsoDate.nullable(),
  /** Past its retention date and not yet purged. */
  due: z.boolean(),
  purge: PurgeRecord.nullable(),
});
export type RetentionEntry = z.infer<typeof RetentionEntry>;

/** The retention screen's three lists, each read a page at a time: 20 years of a large service is thousands. */
export const RetentionSection = z.enum(['due', 'kept', 'purged'], { error: 'Choose which records to show' });
export type RetentionSection = z.infer<typeof RetentionSection>;
export const RETENTION_PAGE_SIZE = 50;

export const RetentionQuery = z.object({
  /** Past their retention date (the default), kept until it, or already purged. */
  section: RetentionSection.optional(),
  page: PageNumber('the list').optional(),
});
export type RetentionQuery = z.input<typeof RetentionQuery>;

/**
 * A connected person who had temporary approval under CPPCR reg 24, purged
 * under the old 3-year rule for a refusal or withdrawal: FSR reg 32 wanted 10
 * years from the end of the placement, so the service must decide what to do.
 */
export const PurgedEarly = z.object({
  id: z.string(),
  reference: z.string(),
  temporaryApprovalDate: IsoDate,
  basis: z.enum(['refused', 'withdrawn']),
  endedOn: IsoDate,
  purgedAt: z.string(),
  purgedByName: z.string(),
});
export type PurgedEarly = z.infer<typeof PurgedEarly>;

export const RetentionOverview = z.object({
  today: IsoDate,
  /** How many households are in each list. */
  counts: z.object({ due: z.number().int(), kept: z.number().int(), purged: z.number().int() }),
  section: RetentionSection,
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The page asked for: the longest past their date first; the soonest due first; the latest purged first. */
  entries: z.array(RetentionEntry),
  /** Purged before FSR reg 32 allowed (the 3-year rule applied to a reg 24 connected person). */
  purgedEarly: z.array(PurgedEarly),
});
export type RetentionOverview = z.infer<typeof RetentionOverview>;

export const PurgeHousehold = z.object({
  id: EntityId,
  version: Version,
  reason: requiredText('the reason for purging these records', 500),
});
export type PurgeHouseholdInput = z.input<typeof PurgeHousehold>;

export const SubjectAccessRequest = z.object({ id: EntityId });

export const SubjectAccessSaved = z.object({
  path: z.string(),
  sizeBytes: z.number().int(),
  letters: z.number().int(),
});
export type SubjectAccessSaved = z.infer<typeof SubjectAccessSaved>;

/** Everything held about one household, as written into a subject access export. */
export const SubjectAccessData = z.object({
  madeAt: z.string(),
  madeOn: IsoDate,
  madeBy: z.string(),
  agencyName: z.string(),
  household: Household,
  purge: PurgeRecord.nullable(),
  agendaItems: z.array(
    z.object({
      id: z.string(),
      /** Null for a case sent straight to the ADM (its type skips panel). */
      sittingDate: IsoDate.nullable(),
      sittingKind: z.enum(['main', 'extra']).nullable(),
      itemType: z.string(),
      typeLabel: z.string(),
      title: z.string().nullable(),
      status: z.string(),
      statusReason: z.string().nullable(),
      papersReceivedDate: z.string().nullable(),
      people: z.array(z.object({ kind: z.string(), name: z.string(), description: z.string().nullable() })),
      history: z.array(
        z.object({ at: z.string(), action: z.string(), detail: z.string().nullable(), byName: z.string() }),
      ),
      recommendation: RecommendationView.nullable(),
      /** The service's own report and recommendation, for a case sent straight to the ADM. */
      serviceRecommendation: z
        .object({ reportDate: z.string(), presentedBy: z.string(), outcomeLabel: z.string(), reasons: z.string() })
        .nullable(),
      /** What the service's report presented to panel recommended, recorded with the papers. */
      serviceRecommendationToPanel: z
        .object({ outcome: z.string(), outcomeLabel: z.string(), reasons: z.string().nullable() })
        .nullable(),
      /** FSR reg 26: when the applicant was given the assessment report, and when their observations arrived. */
      reportGivenDate: z.string().nullable(),
      observationsReceivedDate: z.string().nullable(),
      /** For a review after the first: its kind, as stored and in words; null for other items. */
      reviewKind: z.string().nullable(),
      reviewKindLabel: z.string().nullable(),
    }),
  ),
  decisions: z.array(
    z.object({
      itemId: z.string(),
      state: z.string(),
      verdict: z.string().nullable(),
      decision: z.string().nullable(),
      decisionTerms: TermsOfApproval.nullable(),
      reasons: z.string().nullable(),
      decidedOn: z.string().nullable(),
      decidedByName: z.string().nullable(),
      informationRequested: z.string().nullable(),
      letterDate: z.string().nullable(),
      windowEnds: z.string().nullable(),
      route: z.string().nullable(),
      routeReceivedOn: z.string().nullable(),
      irmRecommendation: z.string().nullable(),
      irmRecommendationOn: z.string().nullable(),
      /** With a final decision after an IRM recommendation: that the ADM considered it, and why they departed. */
      irmConsidered: z.boolean().nullable(),
      irmDeparts: z.boolean().nullable(),
      irmDepartureReasons: z.string().nullable(),
      /** Who told the applicant the decision orally, and when; when the letter told them in writing. */
      toldOrallyOn: z.string().nullable(),
      toldOrallyByName: z.string().nullable(),
      toldInWritingOn: z.string().nullable(),
      finalDecision: z.string().nullable(),
      finalTerms: TermsOfApproval.nullable(),
      finalReasons: z.string().nullable(),
      finalDecidedOn: z.string().nullable(),
      finalDecidedByName: z.string().nullable(),
      approvalEnds: z.string().nullable(),
    }),
  ),
  resignations: z.array(
    z.object({
      /** Null when the notice was recorded and the panel has not noted it. */
      itemId: z.string().nullable(),
      id: z.string(),
      noticeReceivedOn: z.string(),
      approvalEnds: z.string(),
      /** The carers' reason, in words, when they gave one. */
      reason: z.string().nullable(),
      recordedByName: z.string(),
      recordedAt: z.string(),
    }),
  ),
  /** Reviews after the first done without panel (FSR reg 28). */
  reviewsWithoutPanel: z.array(
    z.object({
      id: z.string(),
      reviewDate: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      outcomeSummary: z.string(),
      reviewedBy: z.string(),
      recordedByName: z.string(),
    }),
  ),
  /** Exemptions from the usual fostering limit: the children covered and conditions, recommended and granted. */
  exemptions: z.array(
    z.object({
      itemId: z.string(),
      recommendedChildren: z.array(z.string()),
      recommendedConditions: z.string().nullable(),
      /** Null until the ADM grants the exemption. */
      grantedChildren: z.array(z.string()).nullable(),
      grantedConditions: z.string().nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      itemId: z.string(),
      /** An ordinary extension, or one until the outcome of an IRM review. */
      kind: z.string(),
      previousEnd: z.string(),
      /** Null for an extension until the outcome of an IRM review. */
      newEnd: z.string().nullable(),
      decidedOn: z.string(),
      decidedByName: z.string(),
      iroToldOn: z.string(),
    }),
  ),
  complaints: z.array(Complaint),
  feedback: z.array(FeedbackForm),
  documents: z.array(
    z.object({
      id: z.string(),
      kindLabel: z.string(),
      fileName: z.string(),
      issuedAt: z.string(),
      issuedByName: z.string(),
      sha256: z.string(),
      sizeBytes: z.number().int(),
      /** Where the file is inside the export; null when its bytes were cleared by a purge. */
      inExportAs: z.string().nullable(),
    }),
  ),
});
export type SubjectAccessData = z.infer<typeof SubjectAccessData>;
