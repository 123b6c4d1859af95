import { ChoiceGroup } from '../../components/choice-group';
import { ExemptionFields, exemptionFieldTargets, exemptionToValues } from '../exemptions/exemption-fields';
import type { SubmitEvent } from 'react';
import { recommender } from '../../../../shared/domain/decisions/decision-basis';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField, TextArea } from '../../components/fields';
import { TermsFields } from '../households/terms-fields';
import {
  chosenDecision,
  decideDraftKey,
  initialDecideValues,
  termsTargets,
  toDecideInput,
  type DecideValues,
} from './decide-values';
import { agreeingOption, isQualifyingChoice } from './decision-words';
import { EndingReasonField } from './ending-reason-field';
import { QualifyingWarning } from './qualifying-warning';

const TARGETS = {
  verdict: 'decVerdict',
  decisionCode: 'decCode',
  reasons: 'decReasons',
  carerAgreed: 'decCarerAgreed',
  decidedOn: 'decidedOn-day',
  ...termsTargets('decTerms'),
  ...exemptionFieldTargets('decExemption'),
};

/**
 * The ADM's decision: agree with the panel, or disagree and say what is
 * decided instead and why. Kept as a draft, so a refusal loses nothing.
 */
export function DecideForm({ view, onSaved }: { view: DecisionCaseView; onSaved: (notice: string) => void }) {
  const today = useToday();
  const [values, setValues, discard] = useDraft<DecideValues>(decideDraftKey(view.case.itemId), () =>
    initialDecideValues(view, today),
  );
  const decide = useWrite('decisions:decide');
  const { message, fieldErrors } = errorState(decide.error);
  const agreeing = agreeingOption(view);
  const chosen = chosenDecision(view, values);
  const set =
    <K extends keyof DecideValues>(key: K) =>
    (value: DecideValues[K]) =>
      setValues({ ...values, [key]: value });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    decide.mutate(toDecideInput(view, values), {
      onSuccess: (saved) => {
        discard();
        const decision = saved.case.decision;
        onSaved(
          saved.case.state === 'qualifying'
            ? `Your decision has been recorded: ${decision?.label ?? ''}. It is a qualifying determination: the administrator dates the letter to open the 28-day window.`
            : `Your decision has been recorded: ${decision?.label ?? ''}.`,
        );
      },
    });
  };
  const who = recommender(view.case.withoutPanel);
  const verdictOptions = [
    ...(agreeing ? [{ value: 'agree' as const, label: `I agree with ${who}: ${agreeing.label}` }] : []),
    { value: 'disagree' as const, label: `I disagree with ${who}` },
  ];
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="decide-heading">
      <h3 id="decide-heading">Your decision</h3>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={TARGETS} />
      <ChoiceGroup
        type="radio"
        id="decVerdict"
        legend={`Do you agree with ${who}'s recommendation?`}
        options={verdictOptions}
        value={values.verdict}
        onChange={set('verdict')}
        error={fieldErrors.verdict}
      />
      {values.verdict === 'disagree' ? (
        <ChoiceGroup
          type="radio"
          id="decCode"
          legend="The decision you are making instead"
          options={view.options
            .filter((o) => o.code !== view.agreeingCode)
            .map((o) => ({ value: o.code, label: o.label }))}
          value={values.decisionCode}
          onChange={set('decisionCode')}
          error={fieldErrors.decisionCode}
        />
      ) : null}
      {chosen?.needsTerms ? (
        <TermsFields
          idPrefix="decTerms"
          householdType={view.household.householdType}
          values={values.terms}
          onChange={set('terms')}
          errors={fieldErrors}
        />
      ) : null}
      {chosen?.code === 'grant_exemption' ? (
        <ExemptionFields
          idPrefix="decExemption"
          values={values.exemption ?? exemptionToValues(view.exemption)}
          onChange={set('exemption')}
          errors={fieldErrors}
        />
      ) : null}
      {chosen?.qualifying === 'unless-agreed' ? (
        <CheckboxField
          id="decCarerAgreed"
          label="The carer has agreed to the change in writing"
          hint="With their written agreement the change takes effect now, without the 28-day window."
          checked={values.carerAgreed}
          onChange={set('carerAgreed')}
          error={fieldErrors.carerAgreed}
        />
      ) : null}
      {chosen?.code === 'terminate' ? (
        <EndingReasonField
          id="decEndingReason"
          value={values.endingReason}
          onChange={set('endingReason')}
          error={fieldErrors.endingReason}
        />
      ) : null}
      {isQualifyingChoice(chosen, values.carerAgreed) ? <QualifyingWarning /> : null}
      <TextArea
        id="decReasons"
        label={values.verdict === 'agree' ? 'Your reasons (optional)' : 'Your reasons'}
        hint={
          values.verdict === 'agree'
            ? `Leave blank to adopt ${who}'s reasons.`
            : `Required when you disagree with ${who}.`
        }
        rows={5}
        value={values.reasons}
        onChange={set('reasons')}
        error={fieldErrors.reasons}
      />
      <DateField
        id="decidedOn"
        legend="Date of the decision"
        value={values.decidedOn}
        onChange={set('decidedOn')}
        error={fieldErrors.decidedOn}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={decide.isPending}>
          Record the decision
        </button>
      </div>
    </form>
  );
}
