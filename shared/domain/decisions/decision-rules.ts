import type { ItemType } from '../sittings/item-types';

/**
 * What the agency decision maker may decide on each kind of item, and what
 * each decision does (domain.md). Pure: the decision screen and the backend
 * both ask here.
 */
export type DecisionCode =
  | 'approve'
  | 'not_approve'
  | 'continue'
  | 'revise_terms'
  | 'terminate'
  | 'do_not_terminate'
  | 'new_terms'
  | 'terms_unchanged'
  | 'grant_exemption'
  | 'refuse_exemption';

export interface DecisionOption {
  code: DecisionCode;
  label: string;
  needsTerms: boolean;
  /**
   * A qualifying determination (FSR reg 27/28): the carer or applicant may make
   * representations or apply to the IRM within 28 days before it takes effect.
   * 'unless-agreed': not qualifying when the carer agreed the change in writing.
   */
  qualifying: boolean | 'unless-agreed';
}

const APPROVAL: DecisionOption[] = [
  { code: 'approve', label: 'Approve as a foster carer', needsTerms: true, qualifying: false },
  { code: 'not_approve', label: 'Not approve (qualifying determination)', needsTerms: false, qualifying: true },
];
const REVIEW: DecisionOption[] = [
  { code: 'continue', label: 'Approval continues on the same terms', needsTerms: false, qualifying: false },
  { code: 'revise_terms', label: 'Approval continues on revised terms', needsTerms: true, qualifying: 'unless-agreed' },
  { code: 'terminate', label: 'Terminate approval (qualifying determination)', needsTerms: false, qualifying: true },
];

export const DECISIONS: Partial<Record<ItemType, DecisionOption[]>> = {
  approval_mainstream: APPROVAL,
  approval_specialist: APPROVAL,
  approval_connected_person: APPROVAL,
  first_review: REVIEW,
  other_review: REVIEW,
  change_of_terms: [
    { code: 'new_terms', label: 'Change the terms of approval', needsTerms: true, qualifying: 'unless-agreed' },
    { code: 'terms_unchanged', label: 'Keep the current terms', needsTerms: false, qualifying: false },
  ],
  termination: [
    { code: 'terminate', label: 'Terminate approval (qualifying determination)', needsTerms: false, qualifying: true },
    { code: 'do_not_terminate', label: 'Do not terminate approval', needsTerms: false, qualifying: false },
  ],
  exemption: [
    { code: 'grant_exemption', label: 'Grant the exemption', needsTerms: false, qualifying: false },
    { code: 'refuse_exemption', label: 'Refuse the exemption', needsTerms: false, qualifying: false },
  ],
};

/** The decision that agrees with each panel outcome. */
const AGREEING: Record<string, DecisionCode> = {
  suitable: 'approve',
  not_suitable: 'not_approve',
  remains_suitable_terms_unchanged: 'continue',
  remains_suitable_terms_revised: 'revise_terms',
  no_longer_suitable: 'terminate',
  continue: 'continue',
  revise_terms: 'revise_terms',
  terminate: 'terminate',
  new_terms: 'new_terms',
  terms_unchanged: 'terms_unchanged',
  do_not_terminate: 'do_not_terminate',
  recommend_exemption: 'grant_exemption',
  do_not_recommend: 'refuse_exemption',
};

export function decisionOptions(type: ItemType): readonly DecisionOption[] {
  return DECISIONS[type] ?? [];
}

export function decisionOption(type: ItemType, code: string): DecisionOption | null {
  return decisionOptions(type).find((o) => o.code === code) ?? null;
}

/** The decision an ADM who agrees with the panel makes, or null when the outcome has none. */
export function agreeingDecision(type: ItemType, panelOutcome: string): DecisionOption | null {
  const code = AGREEING[panelOutcome];
  return code ? decisionOption(type, code) : null;
}

export function isQualifying(option: DecisionOption, carerAgreed: boolean): boolean {
  return option.qualifying === 'unless-agreed' ? !carerAgreed : option.qualifying;
}

/** What the decision does to the household's approval when it takes effect. */
export type HouseholdEffect =
  { kind: 'approve' } | { kind: 'refuse' } | { kind: 'terminate' } | { kind: 'set-terms' } | { kind: 'none' };

export function householdEffect(code: DecisionCode): HouseholdEffect {
  switch (code) {
    case 'approve':
      return { kind: 'approve' };
    case 'not_approve':
      return { kind: 'refuse' };
    case 'terminate':
      return { kind: 'terminate' };
    case 'revise_terms':
    case 'new_terms':
      return { kind: 'set-terms' };
    default:
      return { kind: 'none' };
  }
}

export type LetterKind =
  | 'letter-decision-record'
  | 'letter-approval'
  | 'letter-qualifying-determination'
  | 'letter-final-decision'
  | 'letter-termination'
  | 'letter-resignation'
  | 'letter-review-outcome'
  | 'letter-extension'
  | 'letter-exemption';

/** The letter that tells the carer or applicant of a decision that has taken effect (or is proposed). */
export function letterFor(code: DecisionCode, stage: 'proposed' | 'final', afterDetermination: boolean): LetterKind {
  if (stage === 'proposed') return 'letter-qualifying-determination';
  if (code === 'terminate') return 'letter-termination';
  if (afterDetermination) return 'letter-final-decision';
  if (code === 'approve') return 'letter-approval';
  // The exemption letter names the children it covers and its conditions (Children Act 1989 Sch. 7).
  if (code === 'grant_exemption') return 'letter-exemption';
  if (code === 'continue' || code === 'revise_terms' || code === 'new_terms' || code === 'terms_unchanged')
    return 'letter-review-outcome';
  return 'letter-final-decision';
}
