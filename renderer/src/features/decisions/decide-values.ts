import type { DeregistrationReason } from '../../../../shared/domain/reports/ending-reasons';
import { decisionBasis } from '../../../../shared/domain/decisions/decision-basis';
import type { DecideInput, DecisionCaseView } from '../../../../shared/schemas/decision';
import { CareType } from '../../../../shared/schemas/household';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { exemptionToValues, valuesToExemption, type ExemptionValues } from '../exemptions/exemption-fields';
import { termsToValues, valuesToTerms, type TermsValues } from '../households/terms-fields';
import { agreeingOption, type DecisionOptionView } from './decision-words';

/** The ADM's decision as typed. */
export interface DecideValues {
  verdict: 'agree' | 'disagree' | '';
  decisionCode: string;
  terms: TermsValues;
  reasons: string;
  carerAgreed: boolean;
  decidedOn: DateParts;
  endingReason: DeregistrationReason | '';
  /** Granting an exemption: the children and conditions, starting from what was recommended. */
  exemption?: ExemptionValues;
}

export function decideDraftKey(itemId: string): string {
  return `decision:decide:${itemId}`;
}

/** Blank, with the terms the panel recommended (or the household's own) to start from. */
export function initialDecideValues(view: DecisionCaseView, today: string | null): DecideValues {
  return {
    verdict: '',
    decisionCode: '',
    terms: termsToValues(
      decisionBasis(view).recommendation?.terms ?? view.household.terms,
      view.household.householdType,
    ),
    reasons: '',
    carerAgreed: false,
    decidedOn: partsFromIso(today),
    endingReason: '',
    exemption: exemptionToValues(view.exemption),
  };
}

/** The decision the ADM is making: the panel's, or the one chosen instead. */
export function chosenDecision(view: DecisionCaseView, values: DecideValues): DecisionOptionView | undefined {
  if (values.verdict === 'agree') return agreeingOption(view);
  if (values.verdict === 'disagree') return view.options.find((o) => o.code === values.decisionCode);
  return undefined;
}

export function toDecideInput(view: DecisionCaseView, values: DecideValues): DecideInput {
  const chosen = chosenDecision(view, values);
  return {
    itemId: view.case.itemId,
    version: view.case.version,
    // Unanswered goes as it is, for the backend to say what is missing.
    verdict: values.verdict as DecideInput['verdict'],
    decisionCode: values.verdict === 'disagree' ? values.decisionCode || null : null,
    terms: chosen?.needsTerms ? valuesToTerms(values.terms) : null,
    reasons: values.reasons,
    carerAgreed: chosen?.qualifying === 'unless-agreed' && values.carerAgreed,
    decidedOn: partsToIso(values.decidedOn),
    endingReason: chosen?.code === 'terminate' ? values.endingReason || null : null,
    exemption:
      chosen?.code === 'grant_exemption'
        ? valuesToExemption(values.exemption ?? exemptionToValues(view.exemption))
        : null,
  };
}

const TERMS_FIELDS = ['numberOfChildren', 'ageFrom', 'ageTo', 'gender', 'namedChildren', 'siblingGroup'];

/** Field name → the control an error summary link focuses, for a form whose terms fields use `prefix`. */
export function termsTargets(prefix: string): Record<string, string> {
  const firstBox = `${prefix}-typesOfCare-${CareType.options[0]}`;
  const targets: Record<string, string> = { terms: firstBox, 'terms.typesOfCare': firstBox };
  for (const field of TERMS_FIELDS) targets[`terms.${field}`] = `${prefix}-${field}`;
  return targets;
}
