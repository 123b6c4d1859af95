import { ChoiceGroup } from '../../components/choice-group';
import { ExemptionFields, exemptionFieldTargets, exemptionToValues } from '../exemptions/exemption-fields';
import { recommender } from '../../../../shared/domain/decisions/decision-basis';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { CheckboxField, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { TermsFields } from '../households/terms-fields';
import { chosenDecision, decideDraftKey, initialDecideValues, termsTargets, toDecideInput } from './decide-values';
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
  const form = useChannelForm({
    channel: 'decisions:decide',
    draftKey: decideDraftKey(view.case.itemId),
    initial: () => initialDecideValues(view, today),
    toInput: (values) => toDecideInput(view, values),
    fieldTargets: TARGETS,
    onSaved: (saved) => {
      const decision = saved.case.decision;
      onSaved(
        saved.case.state === 'qualifying'
          ? `Your decision has been recorded: ${decision?.label ?? ''}. It is a qualifying determination: the administrator dates the letter to open the 28-day window.`
          : `Your decision has been recorded: ${decision?.label ?? ''}.`,
      );
    },
  });
  const { values, set, bind, errors } = form;
  const agreeing = agreeingOption(view);
  const chosen = chosenDecision(view, values);
  const who = recommender(view.case.withoutPanel);
  const verdictOptions = [
    ...(agreeing ? [{ value: 'agree' as const, label: `I agree with ${who}: ${agreeing.label}` }] : []),
    { value: 'disagree' as const, label: `I disagree with ${who}` },
  ];
  return (
    <FormFrame
      form={form}
      labelledBy="decide-heading"
      header={<h3 id="decide-heading">Your decision</h3>}
      submitLabel="Record the decision"
      savingLabel={null}
    >
      <ChoiceGroup
        type="radio"
        id="decVerdict"
        legend={`Do you agree with ${who}'s recommendation?`}
        options={verdictOptions}
        {...bind('verdict')}
      />
      {values.verdict === 'disagree' ? (
        <ChoiceGroup
          type="radio"
          id="decCode"
          legend="The decision you are making instead"
          options={view.options
            .filter((o) => o.code !== view.agreeingCode)
            .map((o) => ({ value: o.code, label: o.label }))}
          {...bind('decisionCode')}
        />
      ) : null}
      {chosen?.needsTerms ? (
        <TermsFields
          idPrefix="decTerms"
          householdType={view.household.householdType}
          values={values.terms}
          onChange={set('terms')}
          errors={errors}
        />
      ) : null}
      {chosen?.code === 'grant_exemption' ? (
        <ExemptionFields
          idPrefix="decExemption"
          values={values.exemption ?? exemptionToValues(view.exemption)}
          onChange={set('exemption')}
          errors={errors}
        />
      ) : null}
      {chosen?.qualifying === 'unless-agreed' ? (
        <CheckboxField
          id="decCarerAgreed"
          label="The carer has agreed to the change in writing"
          hint="With their written agreement the change takes effect now, without the 28-day window."
          {...form.check('carerAgreed')}
        />
      ) : null}
      {chosen?.code === 'terminate' ? <EndingReasonField id="decEndingReason" {...bind('endingReason')} /> : null}
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
        {...bind('reasons')}
      />
      <DateField id="decidedOn" legend="Date of the decision" {...bind('decidedOn')} />
    </FormFrame>
  );
}
