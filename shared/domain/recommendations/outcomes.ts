import type { ItemType } from '../sittings/item-types';

/**
 * What the panel may recommend on each kind of item (domain.md's table), and
 * which outcomes carry terms of approval. Pure: the recording screen and the
 * backend both ask here.
 */
export interface Outcome {
  code: string;
  label: string;
  /** Terms of approval must be recorded with this outcome. */
  needsTerms: boolean;
}

const DEFERRED: Outcome = { code: 'deferred', label: 'Deferred', needsTerms: false };

const APPROVAL: Outcome[] = [
  { code: 'suitable', label: 'Suitable to be approved', needsTerms: true },
  { code: 'not_suitable', label: 'Not suitable to be approved', needsTerms: false },
  DEFERRED,
];

export const OUTCOMES: Record<ItemType, Outcome[]> = {
  approval_mainstream: APPROVAL,
  approval_specialist: APPROVAL,
  approval_connected_person: APPROVAL,
  first_review: [
    { code: 'remains_suitable_terms_unchanged', label: 'Remains suitable; terms unchanged', needsTerms: false },
    { code: 'remains_suitable_terms_revised', label: 'Remains suitable; terms revised', needsTerms: true },
    { code: 'no_longer_suitable', label: 'No longer suitable', needsTerms: false },
    DEFERRED,
  ],
  other_review: [
    { code: 'continue', label: 'Approval continues; terms unchanged', needsTerms: false },
    { code: 'revise_terms', label: 'Approval continues; terms revised', needsTerms: true },
    { code: 'terminate', label: 'Approval should end', needsTerms: false },
    DEFERRED,
  ],
  change_of_terms: [
    { code: 'new_terms', label: 'Recommend the new terms', needsTerms: true },
    { code: 'terms_unchanged', label: 'Do not change the terms', needsTerms: false },
    DEFERRED,
  ],
  temporary_approval_extension: [
    { code: 'views_for', label: 'Views given in favour of an extension', needsTerms: false },
    { code: 'views_against', label: 'Views given against an extension', needsTerms: false },
  ],
  termination: [
    { code: 'terminate', label: 'Terminate approval', needsTerms: false },
    { code: 'do_not_terminate', label: 'Do not terminate approval', needsTerms: false },
    DEFERRED,
  ],
  resignation: [{ code: 'noted', label: 'Resignation noted', needsTerms: false }],
  representations: [
    { code: 'original_stands', label: 'The original recommendation stands', needsTerms: false },
    { code: 'changed', label: 'A different recommendation', needsTerms: true },
    DEFERRED,
  ],
  exemption: [
    { code: 'recommend_exemption', label: 'Recommend the exemption', needsTerms: false },
    { code: 'do_not_recommend', label: 'Do not recommend the exemption', needsTerms: false },
    DEFERRED,
  ],
  business: [{ code: 'noted', label: 'Noted', needsTerms: false }],
};

/** The words for an outcome code of an item type, or the code itself when the type does not offer it. */
export function outcomeLabel(itemType: string, outcome: string): string {
  return OUTCOMES[itemType as ItemType]?.find((o) => o.code === outcome)?.label ?? outcome;
}

export function allowedOutcomes(type: ItemType): readonly Outcome[] {
  return OUTCOMES[type];
}

/** The outcome, or a message saying which outcomes this kind of item allows. */
export function checkOutcome(
  type: ItemType,
  code: string,
): { ok: true; outcome: Outcome } | { ok: false; message: string } {
  const outcome = OUTCOMES[type].find((o) => o.code === code);
  if (outcome) return { ok: true, outcome };
  const allowed = OUTCOMES[type].map((o) => o.label.toLowerCase()).join('; ');
  return { ok: false, message: `For this item the panel can recommend: ${allowed}.` };
}

export interface Votes {
  unanimous: boolean;
  for: number;
  against: number;
  abstaining: number;
}

/**
 * A vote must account for exactly the members present and not withdrawn for
 * the item; a unanimous recommendation needs no counts.
 */
export function checkVotes(votes: Votes, membersCounted: number): string | null {
  if (votes.unanimous) return null;
  const counts = [votes.for, votes.against, votes.abstaining];
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) return 'Votes must be whole numbers, 0 or more.';
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total !== membersCounted) {
    return `The votes add up to ${total}, but ${membersCounted} ${membersCounted === 1 ? 'member is' : 'members are'} present and not withdrawn for this item.`;
  }
  return null;
}
