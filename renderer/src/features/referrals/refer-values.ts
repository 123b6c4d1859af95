import type { HouseholdType } from '../../../../shared/schemas/household';
import type { ReferDirectInput, ReferralOptions } from '../../../../shared/schemas/direct-referral';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import {
  blankExemption,
  exemptionFieldTargets,
  valuesToExemption,
  type ExemptionValues,
} from '../exemptions/exemption-fields';
import { blankTerms, valuesToTerms, type TermsValues } from '../households/terms-fields';
import { termsTargets } from '../decisions/decide-values';
import type { ReviewKind } from '../../../../shared/domain/reviews/review-kinds';

export interface ReferValues {
  itemType: string;
  /** For a later review: its kind. */
  reviewKind: ReviewKind | '';
  outcome: string;
  terms: TermsValues;
  reasons: string;
  presentedBy: string;
  reportDate: DateParts;
  admUserId: string;
  sentDate: DateParts;
  /** An exemption the service recommends: the children it covers and its conditions. */
  exemption?: ExemptionValues;
}

export const REFER_TARGETS = {
  itemType: 'referType',
  reviewKind: 'referReviewKind',
  outcome: 'referOutcome',
  reasons: 'referReasons',
  presentedBy: 'referPresentedBy',
  reportDate: 'reportDate-day',
  admUserId: 'referAdm',
  sentDate: 'referSent-day',
  ...termsTargets('referTerms'),
  ...exemptionFieldTargets('referExemption'),
};

export function blankReferValues(today: string | null, householdType: HouseholdType | null = null): ReferValues {
  return {
    itemType: '',
    reviewKind: '',
    outcome: '',
    terms: blankTerms(householdType),
    reasons: '',
    presentedBy: '',
    reportDate: partsFromIso(null),
    admUserId: '',
    sentDate: partsFromIso(today),
    exemption: blankExemption(),
  };
}

/** The outcome chosen, among those the chosen item type allows. */
export function chosenOutcome(options: ReferralOptions, values: ReferValues) {
  return options.types.find((t) => t.itemType === values.itemType)?.outcomes.find((o) => o.code === values.outcome);
}

export function toReferInput(householdId: string, options: ReferralOptions, values: ReferValues): ReferDirectInput {
  // Unanswered goes as it is, for the backend to say what is missing.
  return {
    householdId,
    itemType: values.itemType as ReferDirectInput['itemType'],
    ...(values.itemType === 'other_review' && values.reviewKind ? { reviewKind: values.reviewKind } : {}),
    outcome: values.outcome,
    terms: chosenOutcome(options, values)?.needsTerms ? valuesToTerms(values.terms) : null,
    reasons: values.reasons,
    presentedBy: values.presentedBy,
    reportDate: partsToIso(values.reportDate),
    admUserId: values.admUserId,
    sentDate: partsToIso(values.sentDate),
    exemption:
      values.outcome === 'recommend_exemption' ? valuesToExemption(values.exemption ?? blankExemption()) : null,
  };
}
