import type { RecordRecommendationInput, RecommendationView } from '../../../../shared/schemas/recommendation';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import type { HouseholdType, TermsOfApproval } from '../../../../shared/schemas/household';
import type { ExemptionView } from '../../../../shared/schemas/exemption';
import {
  blankExemption,
  exemptionToValues,
  valuesToExemption,
  type ExemptionValues,
} from '../exemptions/exemption-fields';
import { termsToValues, valuesToTerms, type TermsValues } from '../households/terms-fields';

export interface DissentValues {
  memberId: string;
  view: string;
}

/** The recommendation as typed: numbers stay text until the backend has judged them. */
export interface RecommendationValues {
  outcome: string;
  terms: TermsValues;
  reasons: string;
  keyIssues: string;
  membersViews: string;
  unanimous: boolean;
  votesFor: string;
  votesAgainst: string;
  votesAbstaining: string;
  dissent: DissentValues[];
  outstanding: string;
  rating: string;
  ratingComment: string;
  /** An exemption recommended: the children it covers and its conditions. */
  exemption?: ExemptionValues;
}

export const RATING_OPTIONS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: `${value} out of 5` }));

export function recommendationDraftKey(itemId: string): string {
  return `item:recommendation:${itemId}`;
}

/** What the form starts with: the recorded recommendation, or blank with the household's current terms. */
export function initialValues(
  recorded: RecommendationView | null,
  householdTerms: TermsOfApproval | null,
  householdType: HouseholdType | null = null,
  exemption: ExemptionView | null = null,
): RecommendationValues {
  if (recorded) {
    return {
      exemption: exemptionToValues(exemption),
      outcome: recorded.outcome,
      terms: termsToValues(recorded.terms ?? householdTerms),
      reasons: recorded.reasons,
      keyIssues: recorded.keyIssues ?? '',
      membersViews: recorded.membersViews ?? '',
      unanimous: recorded.unanimous,
      votesFor: recorded.unanimous ? '' : String(recorded.votesFor),
      votesAgainst: recorded.unanimous ? '' : String(recorded.votesAgainst),
      votesAbstaining: recorded.unanimous ? '' : String(recorded.votesAbstaining),
      dissent: recorded.dissent.map((d) => ({ memberId: d.memberId, view: d.view })),
      outstanding: recorded.outstanding ?? '',
      rating: recorded.reportQualityRating === null ? '' : String(recorded.reportQualityRating),
      ratingComment: recorded.reportQualityComment ?? '',
    };
  }
  return {
    exemption: exemptionToValues(exemption),
    outcome: '',
    terms: termsToValues(householdTerms, householdType),
    reasons: '',
    keyIssues: '',
    membersViews: '',
    unanimous: false,
    votesFor: '',
    votesAgainst: '',
    votesAbstaining: '',
    dissent: [],
    outstanding: '',
    rating: '',
    ratingComment: '',
  };
}

/** Blank or non-numeric counts go as NaN, which the backend refuses with a message for the field. */
const count = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function toInput(
  itemId: string,
  values: RecommendationValues,
  needsTerms: boolean,
  membersCounted: number,
  /** The version the form loaded (0: none recorded yet); always sent, so no save is blind. */
  version: number,
): RecordRecommendationInput {
  return {
    version,
    itemId,
    outcome: values.outcome,
    terms: needsTerms ? valuesToTerms(values.terms) : null,
    reasons: values.reasons,
    keyIssues: values.keyIssues,
    membersViews: values.membersViews,
    unanimous: values.unanimous,
    // A unanimous recommendation needs no counts: everyone counted voted for it.
    votesFor: values.unanimous ? membersCounted : count(values.votesFor),
    votesAgainst: values.unanimous ? 0 : count(values.votesAgainst),
    votesAbstaining: values.unanimous ? 0 : count(values.votesAbstaining),
    dissent: values.dissent,
    outstanding: values.outcome === 'deferred' ? values.outstanding : '',
    reportQualityRating: values.rating === '' ? null : Number(values.rating),
    reportQualityComment: values.ratingComment,
    exemption:
      values.outcome === 'recommend_exemption' ? valuesToExemption(values.exemption ?? blankExemption()) : null,
  };
}

/** Members who took part in the item: present (or invited, not yet marked) and not withdrawn for it. */
export function countedMembers(sitting: SittingDetail, item: ItemView): { value: string; label: string }[] {
  const withdrawn = new Set(item.declarations.filter((d) => d.withdrew).map((d) => d.memberId));
  return sitting.attendance
    .filter((a) => (a.status === 'present' || a.status === 'invited') && !withdrawn.has(a.memberId))
    .map((a) => ({ value: a.memberId, label: a.name }));
}

/** "Unanimous" or "For 4, against 1, abstaining 0". */
export function describeVotes(
  view: Pick<RecommendationView, 'unanimous' | 'votesFor' | 'votesAgainst' | 'votesAbstaining'>,
): string {
  if (view.unanimous) return 'Unanimous';
  return `For ${view.votesFor}, against ${view.votesAgainst}, abstaining ${view.votesAbstaining}`;
}
