import type { ItemType } from '../sittings/item-types';

/** What the case chain reads of a household's records: plain dates, no database rows. */
export interface ChainHouseholdFacts {
  id: string;
  reference: string;
  displayName: string;
  applicationReceivedDate: string | null;
  approvalDate: string | null;
  temporaryApprovalDate: string | null;
  status: string;
}

/** After panel (or straight from the service): the ADM's decision and what followed it. */
export interface ChainCaseFacts {
  decidedOn: string | null;
  tellingTracked: boolean;
  toldOrallyOn: string | null;
  toldInWritingOn: string | null;
  letterDate: string | null;
  /** Set when the decision was a qualifying determination. */
  qualifying: boolean;
  route: 'representations' | 'irm' | null;
  routeReceivedOn: string | null;
  finalDecidedOn: string | null;
}

export interface ChainItemFacts {
  id: string;
  itemType: ItemType;
  /** Null for a case the service sent straight to the ADM. */
  sittingDate: string | null;
  sittingCancelled: boolean;
  papersSentDate: string | null;
  /** The day the chair approved the sitting's minutes (standing approval only). */
  minutesApprovedOn: string | null;
  sentToAdmDate: string | null;
  status: 'scheduled' | 'heard' | 'deferred' | 'withdrawn' | 'moved';
  reportGivenDate: string | null;
  observationsReceivedDate: string | null;
  /** A direct referral's report date, when the case skipped panel. */
  directReportDate: string | null;
  admCase: ChainCaseFacts | null;
}

export interface ChainExtensionFacts {
  itemId: string;
  kind: 'ordinary' | 'irm';
  previousEnd: string;
  newEnd: string | null;
  decidedOn: string;
}

export interface ChainResignationFacts {
  id: string;
  noticeReceivedOn: string;
}

export interface ChainReviewFacts {
  id: string;
  reviewDate: string;
}

export interface ChainFacts {
  household: ChainHouseholdFacts;
  items: ChainItemFacts[];
  extensions: ChainExtensionFacts[];
  resignations: ChainResignationFacts[];
  reviewsWithoutPanel: ChainReviewFacts[];
}
