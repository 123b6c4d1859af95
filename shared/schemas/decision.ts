import { z } from 'zod';
import { IsoDate } from './dates';
import { HouseholdStatus, HouseholdType, TermsOfApproval } from './household';
import { DEREGISTRATION_REASON_CODES, RESIGNATION_REASON_CODES } from '../domain/reports/ending-reasons';
import { DirectReferral } from './direct-referral';
import { ApproverCapacity, MinutesItem } from './minutes';
import { ExemptionDetails, ExemptionView } from './exemption';
import { EntityId, optionalText, requiredText, Version } from './text';

export const CaseState = z.enum(['awaiting', 'information_requested', 'decided', 'qualifying', 'final']);
export type CaseState = z.infer<typeof CaseState>;

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  awaiting: 'Waiting for the ADM’s decision',
  information_requested: 'More information requested',
  decided: 'Decided',
  qualifying: 'Qualifying determination: 28-day window',
  final: 'Final decision made',
};

export const Route = z.enum(['representations', 'irm'], { error: 'Choose representations or the IRM' });
export type Route = z.infer<typeof Route>;

/** The household as letters need it: who to write to, where, and their approval now. */
export const LetterHousehold = z.object({
  id: z.string(),
  reference: z.string(),
  displayName: z.string(),
  applicantNames: z.array(z.string()),
  /** Each applicant's title, in the order of the names; null (or missing) where none is recorded. */
  applicantTitles: z.array(z.string().nullable()).default([]),
  /** The words after "Dear" the household asked for, instead of titles and surnames. */
  formOfAddress: z.string().nullable().default(null),
  address: z.string().nullable(),
  householdType: HouseholdType,
  status: HouseholdStatus,
  approvalDate: z.string().nullable(),
  terms: TermsOfApproval.nullable(),
  firstReviewDue: z.string().nullable(),
});
export type LetterHousehold = z.infer<typeof LetterHousehold>;

const Decision = z.object({
  verdict: z.enum(['agree', 'disagree']),
  code: z.string(),
  label: z.string(),
  terms: TermsOfApproval.nullable(),
  reasons: z.string(),
  decidedOn: z.string(),
  decidedByName: z.string(),
  carerAgreed: z.boolean(),
  /** Locally the applicant is told orally within 2 working days: when and by whom, once recorded. */
  toldOrally: z.object({ on: z.string(), byName: z.string() }).nullable().optional(),
});

/** One item's journey after panel: the ADM's decision and, for a qualifying determination, the route to the final one. */
export const DecisionCase = z.object({
  /** The service sent it straight to the ADM: its item type is switched off at panel. */
  withoutPanel: z.boolean(),
  itemId: z.string(),
  version: z.number().int(),
  state: CaseState,
  stateLabel: z.string(),
  admName: z.string().nullable(),
  minutesReceivedOn: z.string(),
  decisionDue: z.string(),
  overdue: z.boolean(),
  information: z
    .object({ what: z.string(), from: z.string(), requestedOn: z.string(), receivedOn: z.string().nullable() })
    .nullable(),
  decision: Decision.nullable(),
  /** Set for a qualifying determination once its letter is dated. */
  letterDate: z.string().nullable(),
  windowEnds: z.string().nullable(),
  route: Route.nullable(),
  routeReceivedOn: z.string().nullable(),
  irmPapersDue: z.string().nullable(),
  irmRecommendation: z.object({ text: z.string(), receivedOn: z.string() }).nullable(),
  representationsItem: z.object({ itemId: z.string(), sittingId: z.string(), sittingDate: z.string() }).nullable(),
  /** The representations item's fresh recommendation, once the panel has made it. */
  representationsRecommendation: z.string().nullable(),
  finalDecision: Decision.omit({ verdict: true, carerAgreed: true }).nullable(),
  /**
   * With a final decision after an IRM recommendation: the ADM considered it, and whether the decision departs
   * from it and why. Null otherwise, and for final decisions recorded before this was asked.
   */
  irmConsideration: z
    .object({ departs: z.boolean(), departureReasons: z.string().nullable() })
    .nullable()
    .default(null),
  /** When the approval ends, for a termination. */
  approvalEnds: z.string().nullable(),
  /** Whether the ADM can make the final decision now, and if not why not. */
  finalDecisionBlocked: z.string().nullable(),
  letters: z.array(z.string()),
});
export type DecisionCase = z.infer<typeof DecisionCase>;

export const DecisionCaseView = z.object({
  case: DecisionCase,
  itemType: z.string(),
  typeLabel: z.string(),
  /** The sitting that heard the item; null when the case went straight to the ADM. */
  sitting: z.object({ id: z.string(), date: z.string(), kind: z.string() }).nullable(),
  household: LetterHousehold,
  /** The item as the approved minutes record it: the recommendation with terms and reasons, for the extract. */
  minutesItem: MinutesItem.nullable(),
  approval: z
    .object({
      byName: z.string(),
      at: z.string(),
      versionNumber: z.number().int(),
      hash: z.string(),
      /** Absent or null for approvals recorded before the capacity was. */
      capacity: ApproverCapacity.nullable().optional(),
    })
    .nullable(),
  /** The service's report and recommendation, when its item type goes straight to the ADM (no panel). */
  directReferral: DirectReferral.nullable(),
  /** An exemption item: the children and conditions as recommended and as granted (absent for other items). */
  exemption: ExemptionView.nullable().optional(),
  papers: z.array(z.object({ label: z.string(), done: z.boolean() })),
  options: z.array(z.object({ code: z.string(), label: z.string(), needsTerms: z.boolean(), qualifying: z.string() })),
  /** The decision agreeing with the panel, or null (e.g. a deferral). */
  agreeingCode: z.string().nullable(),
  /** The signed-in user may not decide this item, and why (e.g. they sat as a member on it). */
  cannotDecide: z.string().nullable(),
});
export type DecisionCaseView = z.infer<typeof DecisionCaseView>;

export const QueueEntry = z.object({
  itemId: z.string(),
  label: z.string(),
  householdReference: z.string(),
  /** Null when the case went straight to the ADM. */
  sittingDate: z.string().nullable(),
  admName: z.string().nullable(),
  state: CaseState,
  stateLabel: z.string(),
  minutesReceivedOn: z.string(),
  decisionDue: z.string(),
  overdue: z.boolean(),
  windowEnds: z.string().nullable(),
  /** A qualifying determination whose route has run its course: the final decision is due. */
  readyForFinalDecision: z.boolean(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

export const DecisionQueue = z.object({
  /** Waiting for the ADM: overdue first, then by due date. */
  waiting: z.array(QueueEntry),
  /** Qualifying determinations in their window or on a route to the final decision. */
  determinations: z.array(QueueEntry),
});
export type DecisionQueue = z.infer<typeof DecisionQueue>;

export const QueueFilter = z.object({ mine: z.boolean().optional() });
export const CaseRef = z.object({ itemId: EntityId });

/** For a decision that ends approval: the main reason, as the annual report counts it. */
const EndingReason = z
  .enum(DEREGISTRATION_REASON_CODES, { error: 'Choose the reason from the list' })
  .nullable()
  .optional();

export const Decide = z.object({
  itemId: EntityId,
  version: Version,
  verdict: z.enum(['agree', 'disagree'], { error: 'Say whether you agree with the panel' }),
  /** When disagreeing: the decision made instead. */
  decisionCode: z.string().max(40).nullable().optional(),
  terms: TermsOfApproval.nullable().optional(),
  /** Granting an exemption: the children and conditions, when the ADM changes what was recommended. */
  exemption: ExemptionDetails.nullable().optional(),
  reasons: optionalText('your reasons', 8000),
  carerAgreed: z.boolean().optional(),
  decidedOn: IsoDate,
  endingReason: EndingReason,
});
export type DecideInput = z.input<typeof Decide>;

export const RequestInformation = z.object({
  itemId: EntityId,
  version: Version,
  what: requiredText('what information you need', 2000),
  from: requiredText('who should provide it', 200),
  requestedOn: IsoDate,
});

export const InformationReceived = z.object({ itemId: EntityId, version: Version, receivedOn: IsoDate });

export const RecordLetterDate = z.object({ itemId: EntityId, version: Version, letterDate: IsoDate });

/** The applicant was told the decision orally: on what date, and by whom. */
export const RecordToldOrally = z.object({
  itemId: EntityId,
  version: Version,
  toldOn: IsoDate,
  toldByName: requiredText('the name of who told them', 200),
});

export const RecordRoute = z.object({
  itemId: EntityId,
  version: Version,
  route: Route,
  receivedOn: IsoDate,
  /** For representations: the sitting that will hear them. */
  sittingId: EntityId.nullable().optional(),
});

export const RecordIrmRecommendation = z.object({
  itemId: EntityId,
  version: Version,
  recommendation: requiredText('the IRM panel’s recommendation', 4000),
  receivedOn: IsoDate,
});

export const FinalDecision = z.object({
  itemId: EntityId,
  version: Version,
  decisionCode: z.string({ error: 'Choose the final decision' }).min(1, { error: 'Choose the final decision' }).max(40),
  terms: TermsOfApproval.nullable().optional(),
  reasons: requiredText('the reasons for the final decision', 8000),
  decidedOn: IsoDate,
  endingReason: EndingReason,
  /** After an IRM recommendation (required then): the ADM confirms they considered it. */
  irmConsidered: z.boolean().optional(),
  /** After an IRM recommendation (required then): whether the final decision departs from it. */
  irmDeparts: z.boolean().nullable().optional(),
  /** Required when departing from the IRM panel's recommendation. */
  irmDepartureReasons: optionalText('why the final decision departs from the IRM panel’s recommendation', 8000),
});
export type FinalDecisionInput = z.input<typeof FinalDecision>;

export const NoteResignation = z.object({
  itemId: EntityId,
  noticeReceivedOn: IsoDate,
  reason: z.enum(RESIGNATION_REASON_CODES, { error: 'Choose the reason from the list' }).nullable().optional(),
});

/** CPPCR reg 25: one ordinary extension of up to 8 weeks, or one until the outcome of an IRM review. */
export const EXTENSION_KINDS = ['ordinary', 'irm'] as const;
export type ExtensionKind = (typeof EXTENSION_KINDS)[number];

export const ApproveExtension = z.object({
  itemId: EntityId,
  kind: z.enum(EXTENSION_KINDS, { error: 'Choose the kind of extension' }).optional(),
  /** The new end date of an ordinary extension; an extension until the IRM outcome has none. */
  newEndDate: IsoDate.nullable().optional(),
  decidedOn: IsoDate,
  iroToldOn: IsoDate,
});

export const ExtensionView = z.object({
  itemId: z.string(),
  household: LetterHousehold,
  temporaryApprovalDate: z.string().nullable(),
  /** When the temporary approval ends (16 weeks beginning with its date), before any extension. */
  originalEnd: z.string().nullable(),
  /** When it ends now, after any earlier extension; null while an extension until the IRM outcome is open. */
  currentEnd: z.string().nullable(),
  /** The latest end an ordinary extension may give: 8 weeks after the original end. */
  latestEnd: z.string().nullable(),
  /** What the panel said, for the extension letter. */
  panelViews: z.string().nullable(),
  /** Why no extension can be approved on this item now, or null. */
  blocked: z.string().nullable(),
  /** Why an ordinary extension cannot be approved (e.g. one was already given), or null. */
  ordinaryBlocked: z.string().nullable(),
  /** Why an extension until the IRM outcome cannot be approved (no IRM application), or null. */
  irmBlocked: z.string().nullable(),
  /** The qualifying determination the connected person applied to the IRM about, awaiting the final decision. */
  irmCase: z.object({ itemId: z.string(), typeLabel: z.string(), decidedOn: z.string().nullable() }).nullable(),
  extension: z
    .object({
      kind: z.enum(EXTENSION_KINDS),
      previousEnd: z.string(),
      /** Null for an extension until the IRM outcome. */
      newEnd: z.string().nullable(),
      decidedOn: z.string(),
      decidedByName: z.string(),
      iroToldOn: z.string(),
      /** For an extension until the IRM outcome: the day the ADM's final decision ended it, or null while open. */
      endedOn: z.string().nullable(),
    })
    .nullable(),
});
export type ExtensionView = z.infer<typeof ExtensionView>;

export const ResignationView = z.object({
  /** The resignation item the panel noted it on; null for a notice recorded on the household and not yet noted. */
  itemId: z.string().nullable(),
  /**
   * The recorded notice (null before one is): the acknowledgement letter is
   * registered against it, so the letter is the same whether it is made from
   * the household's page or from the panel's item.
   */
  resignationId: z.string().nullable(),
  household: LetterHousehold,
  noticeReceivedOn: z.string().nullable(),
  approvalEnds: z.string().nullable(),
  /**
   * False when the notice shown was recorded on the household before the
   * panel noted it and is not yet linked to this item; true once it is.
   */
  linked: z.boolean(),
});
export type ResignationView = z.infer<typeof ResignationView>;

/** A recorded resignation notice, by its own id. */
export const ResignationRef = z.object({ id: EntityId });

/** The written notice of resignation, recorded when it arrives: the 28 days start at once. */
export const RecordResignation = z.object({
  householdId: EntityId,
  noticeReceivedOn: IsoDate,
  reason: z.enum(RESIGNATION_REASON_CODES, { error: 'Choose the reason from the list' }).nullable().optional(),
});

export const HouseholdResignation = z.object({
  /** The recorded notice: the subject of its acknowledgement letter. */
  id: z.string(),
  householdId: z.string(),
  noticeReceivedOn: z.string(),
  approvalEnds: z.string(),
  reason: z.string().nullable(),
  recordedByName: z.string(),
  /** The resignation item on which the panel noted it, if it has. */
  itemId: z.string().nullable(),
});
export type HouseholdResignation = z.infer<typeof HouseholdResignation>;
