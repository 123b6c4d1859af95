import type { CaseState, Route } from '../../schemas/decision';
import type { HouseholdStatus } from '../../schemas/household';
import type { SittingStatus } from '../../schemas/sitting';
import type { MemberFacts } from '../members/compliance';
import type { LaterReviewFacts, ObservationItemFacts } from './routing-entries';

/**
 * The plain facts the dashboard's rules need, gathered by the backend in a
 * few set-based reads. Dates are `YYYY-MM-DD`; nothing here is computed yet.
 */
export interface DashboardFacts {
  sittings: SittingFacts[];
  cases: CaseFacts[];
  households: HouseholdFacts[];
  resignations: ResignationFacts[];
  members: MemberFacts[];
  /** Qualifying determinations whose letter cannot be issued because the IRM's details are not entered (else empty). */
  irmDetailsNeeded?: IrmDetailsFacts[];
  /** ADM decisions whose applicant is still to be told orally or in writing. */
  tellings?: TellingFacts[];
  /** FSR reg 26: approval items whose applicant may still send observations. */
  observations?: ObservationItemFacts[];
  /** FSR reg 28: approved households' review dates. */
  laterReviews?: LaterReviewFacts[];
  /** The first-run set-up was put off for later (service-set-up-entries.ts). */
  setUpPutOff?: boolean;
}

export interface IrmDetailsFacts {
  itemId: string;
  householdReference: string;
  /** The ADM's decision: the letter telling the applicant is due in writing from it. */
  decidedOn: string;
}

export interface SittingFacts {
  id: string;
  date: string;
  status: SittingStatus;
  /** The central-list member who presided: the only chair who can approve the minutes. */
  presiderMemberId: string | null;
  /** Items whose recommendation goes to the ADM but have not been sent yet. */
  referralsWaiting: number;
}

/** One referred item's case after panel (adm_cases) with what its clocks start from. */
export interface CaseFacts {
  itemId: string;
  itemType: string;
  householdReference: string;
  state: CaseState;
  /** The day the final minutes reached the ADM: day 0 of the decision clock. */
  minutesReceivedOn: string;
  admUserId: string | null;
  windowEnds: string | null;
  route: Route | null;
  irmPapersDue: string | null;
  irmRecommendationOn: string | null;
  /** When the panel's fresh recommendation on the representations reached the ADM. */
  representationsSentOn: string | null;
}

export interface HouseholdFacts {
  id: string;
  reference: string;
  status: HouseholdStatus;
  applicationReceivedDate: string | null;
  approvalDate: string | null;
  temporaryApprovalDate: string | null;
  /** The new end date of the one reg 25 extension, once approved. */
  extendedTo: string | null;
  /** The case whose final decision ends an open extension until the IRM outcome (CPPCR reg 25), if any. */
  extendedUntilIrmCase?: string | null;
  /** A reg 25 extension the panel has given its views on, waiting for the nominated officer. */
  extensionAwaiting: { sittingId: string; itemId: string } | null;
  /** The day the household's record was made here: a first review due before then is not this app's to track. */
  recordedOn: string;
  /** The latest sitting date at which the panel heard a first review of this household. */
  lastFirstReviewOn: string | null;
  /** The panel has made a recommendation (not a deferral) on an application by this household. */
  applicationRecommended: boolean;
}

export interface ResignationFacts {
  householdId: string;
  reference: string;
  approvalEnds: string;
}

/** An ADM decision recorded since telling was tracked, not yet told both ways. */
export interface TellingFacts {
  itemId: string;
  householdReference: string;
  decidedOn: string;
  admUserId: string | null;
  toldOrallyOn: string | null;
  /** The day the decision letter was issued (registered), or null. */
  letterIssuedOn: string | null;
}
