import { statutoryClocks } from '../../shared/domain/calendar/statutory-clocks';
import type { LetterAgency } from '../../shared/documents/letters';
import {
  DecisionCaseView,
  ExtensionView,
  LetterHousehold,
  ResignationView,
  type DecisionCase,
} from '../../shared/schemas/decision';
import type { TermsOfApproval } from '../../shared/schemas/household';
import type { MinutesItem } from '../../shared/schemas/minutes';
import { AppSettings, DEFAULT_SETTINGS } from '../../shared/schemas/settings';

/**
 * The records letters are built from, as the backend would return them: each
 * is parsed through its schema so a test cannot build a letter from data the
 * app could never hold. Dates follow one sitting, Tuesday 5 January 2027.
 */

/** A 1×1 PNG. */
export const LOGO_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function agency(contact: Partial<LetterAgency['agencyContact']> = {}): LetterAgency {
  return AppSettings.parse({
    ...DEFAULT_SETTINGS,
    agencyName: 'Shire County Council Fostering Service',
    agencyContact: {
      address: 'County Hall\nShire Street\nShiretown SH1 1AA',
      phone: '01234 567890',
      email: 'fostering@shire.example.gov.uk',
      logoDataUrl: LOGO_PNG,
      ...contact,
    },
    irmContact: IRM_CONTACT,
  });
}

/** Test details for the IRM: the app ships none, so letters need them entered. */
export const IRM_CONTACT = {
  name: 'Independent Review Mechanism (test details)',
  address: 'Review House\n1 Example Street\nLeeds LS1 4AP',
  telephone: '0113 496 0000',
  website: 'irm.example.org.uk',
};

export const SITTING_DATE = '2027-01-05';
export const DECIDED_ON = '2027-01-08';
/** The qualifying determination letter's date and the end of its 28-day window. */
export const QD_LETTER_DATE = '2027-01-11';
export const WINDOW_ENDS = statutoryClocks().representationsWindowEnds(QD_LETTER_DATE);

export const TERMS: TermsOfApproval = {
  typesOfCare: ['short_term', 'respite'],
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 10,
  gender: 'any',
  namedChildren: [],
  siblingGroup: true,
};

export function household(overrides: Partial<LetterHousehold> = {}): LetterHousehold {
  return LetterHousehold.parse({
    id: 'household-1',
    reference: 'FC-2026-014',
    displayName: 'Mr and Mrs Okafor',
    applicantNames: ['Grace Okafor', 'Daniel Okafor'],
    address: '12 Elm Road\nMarket Town\nMT2 3BB',
    householdType: 'mainstream',
    status: 'approved',
    approvalDate: DECIDED_ON,
    terms: TERMS,
    firstReviewDue: statutoryClocks().firstReviewDue(DECIDED_ON),
    ...overrides,
  });
}

type Recommendation = NonNullable<MinutesItem['recommendation']>;

function minutesItem(itemType: MinutesItem['itemType'], typeLabel: string, recommendation: Partial<Recommendation>) {
  return {
    itemId: 'item-1',
    number: 1,
    itemType,
    typeLabel,
    title: null,
    householdReference: 'FC-2026-014',
    status: 'heard',
    statusReason: null,
    presenters: ['Sam Social'],
    attendees: [],
    declarations: [],
    quorum: { quorate: true, membersCounted: 6, failures: [] },
    papersConsidered: 'Form F assessment report',
    discussion: null,
    actions: null,
    recommendation: {
      outcome: 'suitable',
      outcomeLabel: 'Suitable to be approved',
      terms: TERMS,
      reasons: 'The applicants showed warmth, stability and a clear understanding of children’s needs.',
      keyIssues: null,
      membersViews: null,
      unanimous: true,
      votesFor: 6,
      votesAgainst: 0,
      votesAbstaining: 0,
      dissent: [],
      outstanding: null,
      reportQualityRating: 4,
      reportQualityComment: null,
      recordedBy: 'Margaret Ellis',
      ...recommendation,
    },
  };
}

const decision = (overrides: Partial<NonNullable<DecisionCase['decision']>> = {}) => ({
  verdict: 'agree' as const,
  code: 'approve',
  label: 'Approve as a foster carer',
  terms: TERMS,
  reasons: 'I agree with the panel’s reasons.',
  decidedOn: DECIDED_ON,
  decidedByName: 'Priya Shah',
  carerAgreed: false,
  ...overrides,
});

interface CaseScenario {
  itemType?: MinutesItem['itemType'];
  typeLabel?: string;
  household?: LetterHousehold;
  recommendation?: Partial<Recommendation>;
  case?: Partial<DecisionCase>;
  exemption?: DecisionCaseView['exemption'];
}

/** A decided case: by default the panel recommended approval and the ADM agreed. */
export function decisionCase(scenario: CaseScenario = {}): DecisionCaseView {
  const itemType = scenario.itemType ?? 'approval_mainstream';
  const typeLabel = scenario.typeLabel ?? 'Approval (mainstream)';
  return DecisionCaseView.parse({
    case: {
      itemId: 'item-1',
      withoutPanel: false,
      version: 3,
      state: 'decided',
      stateLabel: 'Decided',
      admName: 'Priya Shah',
      minutesReceivedOn: '2027-01-07',
      decisionDue: '2027-01-18',
      overdue: false,
      information: null,
      decision: decision(),
      letterDate: null,
      windowEnds: null,
      route: null,
      routeReceivedOn: null,
      irmPapersDue: null,
      irmRecommendation: null,
      representationsItem: null,
      representationsRecommendation: null,
      finalDecision: null,
      approvalEnds: null,
      finalDecisionBlocked: null,
      letters: [],
      ...scenario.case,
    },
    itemType,
    typeLabel,
    sitting: { id: 'sitting-1', date: SITTING_DATE, kind: 'main' },
    household: scenario.household ?? household(),
    minutesItem: minutesItem(itemType, typeLabel, scenario.recommendation ?? {}),
    approval: { byName: 'Margaret Ellis', at: '2027-01-06T15:00:00.000Z', versionNumber: 2, hash: 'ab'.repeat(32) },
    directReferral: null,
    exemption: scenario.exemption ?? null,
    papers: [{ label: 'Assessment report (Form F or equivalent)', done: true }],
    options: [],
    agreeingCode: 'approve',
    cannotDecide: null,
  });
}

export const NOT_APPROVE_REASONS =
  'The assessment found that the applicants could not yet offer the stability a child in care needs.';

/** The panel recommended approval; the ADM disagreed and proposes not to approve: a qualifying determination. */
export function qualifyingCase(casePart: Partial<DecisionCase> = {}): DecisionCaseView {
  return decisionCase({
    household: household({ status: 'applicant', approvalDate: null, terms: null, firstReviewDue: null }),
    case: {
      state: 'qualifying',
      stateLabel: 'Qualifying determination: 28-day window',
      decision: decision({
        verdict: 'disagree',
        code: 'not_approve',
        label: 'Not approve (qualifying determination)',
        terms: null,
        reasons: NOT_APPROVE_REASONS,
      }),
      letterDate: QD_LETTER_DATE,
      windowEnds: WINDOW_ENDS,
      ...casePart,
    },
  });
}

export const IRM_TEXT = 'The IRM panel recommends that the applicants are not approved at this time.';
export const FINAL_REASONS = 'Having read the IRM panel’s recommendation, I confirm my decision not to approve.';

/** The applicants went to the IRM; the ADM made the final decision not to approve. */
export function finalCaseAfterIrm(): DecisionCaseView {
  return qualifyingCase({
    state: 'final',
    stateLabel: 'Final decision made',
    route: 'irm',
    routeReceivedOn: '2027-01-20',
    irmPapersDue: '2027-02-03',
    irmRecommendation: { text: IRM_TEXT, receivedOn: '2027-03-01' },
    finalDecision: {
      code: 'not_approve',
      label: 'Not approve (qualifying determination)',
      terms: null,
      reasons: FINAL_REASONS,
      decidedOn: '2027-03-05',
      decidedByName: 'Priya Shah',
    },
  });
}

export const TERMINATION_REASONS = 'The standard of care fell below what children placed with you need.';
export const APPROVAL_ENDS = '2027-03-20';

/** A standards-of-care review: terminate, representations heard by panel, final decision to terminate. */
export function terminationCase(): DecisionCaseView {
  const terminate = {
    code: 'terminate',
    label: 'Terminate approval (qualifying determination)',
    terms: null,
    reasons: TERMINATION_REASONS,
    decidedByName: 'Priya Shah',
  };
  return decisionCase({
    itemType: 'other_review',
    typeLabel: 'Later review (annual, standards of care, allegation, change of circumstances)',
    recommendation: { outcome: 'terminate', outcomeLabel: 'Approval should end', terms: null },
    case: {
      state: 'final',
      stateLabel: 'Final decision made',
      decision: decision({ ...terminate, decidedOn: DECIDED_ON }),
      letterDate: QD_LETTER_DATE,
      windowEnds: WINDOW_ENDS,
      route: 'representations',
      routeReceivedOn: '2027-01-25',
      representationsItem: { itemId: 'item-9', sittingId: 'sitting-2', sittingDate: '2027-02-02' },
      representationsRecommendation: 'The original recommendation stands.',
      finalDecision: { ...terminate, decidedOn: '2027-02-05' },
      approvalEnds: APPROVAL_ENDS,
    },
  });
}

export const REVISED_TERMS: TermsOfApproval = {
  ...TERMS,
  typesOfCare: ['long_term'],
  numberOfChildren: 1,
  ageFrom: 5,
  ageTo: 12,
};

/** A first review: approval continues on revised terms, which the carers agreed in writing. */
export function reviewCase(): DecisionCaseView {
  return decisionCase({
    itemType: 'first_review',
    typeLabel: 'First annual review',
    recommendation: {
      outcome: 'remains_suitable_terms_revised',
      outcomeLabel: 'Remains suitable; terms revised',
      terms: REVISED_TERMS,
    },
    case: {
      decision: decision({
        code: 'revise_terms',
        label: 'Approval continues on revised terms',
        terms: REVISED_TERMS,
        reasons: '',
        carerAgreed: true,
      }),
    },
  });
}

/** A connected person approved for a named child (by initials). */
export function connectedPersonCase(): DecisionCaseView {
  const terms: TermsOfApproval = {
    ...TERMS,
    typesOfCare: ['long_term'],
    numberOfChildren: 1,
    namedChildren: ['JS'],
    siblingGroup: false,
  };
  return decisionCase({
    itemType: 'approval_connected_person',
    typeLabel: 'Approval (connected person)',
    household: household({
      reference: 'KC-2026-007',
      applicantNames: ['Maureen Smith'],
      householdType: 'connected_person',
      terms,
    }),
    recommendation: { terms },
    case: { decision: decision({ terms }) },
  });
}

export const PANEL_VIEWS = 'The panel supports a full eight-week extension so that the assessment can be completed.';

/** An extension of temporary approval: ordinary (8 weeks) or until the outcome of an IRM review. */
export function extensionView(approved = true, kind: 'ordinary' | 'irm' = 'ordinary'): ExtensionView {
  const irm = kind === 'irm';
  return ExtensionView.parse({
    itemId: 'item-5',
    household: household({
      reference: 'KC-2026-011',
      applicantNames: ['Maureen Smith'],
      householdType: 'connected_person',
      status: 'approved',
      approvalDate: null,
      terms: null,
      firstReviewDue: null,
    }),
    temporaryApprovalDate: '2026-03-02',
    originalEnd: '2026-06-21',
    currentEnd: approved && !irm ? '2026-08-16' : approved ? null : '2026-06-21',
    latestEnd: '2026-08-16',
    panelViews: PANEL_VIEWS,
    blocked: null,
    ordinaryBlocked: approved ? 'Temporary approval has already been extended once.' : null,
    irmBlocked:
      approved && irm ? 'Temporary approval is already extended until the outcome of the IRM review is known.' : null,
    irmCase: irm ? { itemId: 'item-2', typeLabel: 'Approval (connected person)', decidedOn: '2026-05-20' } : null,
    extension: approved
      ? {
          kind,
          previousEnd: '2026-06-21',
          newEnd: irm ? null : '2026-08-16',
          decidedOn: '2026-06-10',
          decidedByName: 'Alan Brooks',
          iroToldOn: '2026-06-11',
          endedOn: null,
        }
      : null,
  });
}

export function resignationView(): ResignationView {
  return ResignationView.parse({
    itemId: 'item-6',
    resignationId: 'resignation-6',
    household: household(),
    noticeReceivedOn: '2027-01-04',
    approvalEnds: statutoryClocks().resignationTakesEffect('2027-01-04'),
    linked: true,
  });
}

export const EXEMPTION_CONDITIONS = 'Only while AB, CD and EF stay together; reviewed at the next annual review.';

/** An exemption from the usual fostering limit, granted by the ADM on the children and conditions panel recommended. */
export function exemptionCase(): DecisionCaseView {
  const granted = { children: ['AB', 'CD', 'EF'], conditions: EXEMPTION_CONDITIONS };
  return decisionCase({
    itemType: 'exemption',
    typeLabel: 'Exemption',
    recommendation: { outcome: 'recommend_exemption', outcomeLabel: 'Recommend the exemption', terms: null },
    case: {
      decision: decision({
        code: 'grant_exemption',
        label: 'Grant the exemption',
        terms: null,
        reasons: 'The children are settled together and the carers have the room and support.',
      }),
    },
    exemption: { itemId: 'item-1', recommended: granted, granted },
  });
}
