import { ChoiceGroup } from '../../components/choice-group';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { TextArea } from '../../components/fields';
import { termsToValues, TermsFields, valuesToTerms, type TermsValues } from '../households/terms-fields';
import { termsTargets } from './decide-values';
import { EndingReasonField } from './ending-reason-field';
import {
  IRM_CONSIDERATION_TARGETS,
  IrmConsiderationFields,
  irmConsiderationInput,
  NO_IRM_CONSIDERATION,
  type IrmConsiderationValues,
} from './irm-consideration-fields';
import type { DeregistrationReason } from '../../../../shared/domain/reports/ending-reasons';

interface FinalValues {
  decisionCode: string;
  terms: TermsValues;
  reasons: string;
  decidedOn: DateParts;
  endingReason: DeregistrationReason | '';
  irm: IrmConsiderationValues;
}

const TARGETS = {
  decisionCode: 'finalCode',
  reasons: 'finalReasons',
  decidedOn: 'finalDecidedOn-day',
  ...termsTargets('finalTerms'),
  ...IRM_CONSIDERATION_TARGETS,
};

/** The ADM's final decision, taking account of the representations or the IRM's recommendation. */
export function FinalDecisionForm({ view, onSaved }: { view: DecisionCaseView; onSaved: (notice: string) => void }) {
  const today = useToday();
  const afterIrm = view.case.route === 'irm';
  const needsTerms = (code: string) => view.options.find((o) => o.code === code)?.needsTerms ?? false;
  const form = useChannelForm({
    channel: 'decisions:finalise',
    draftKey: `decision:final:${view.case.itemId}`,
    initial: (): FinalValues => ({
      decisionCode: '',
      terms: termsToValues(view.case.decision?.terms ?? view.household.terms, view.household.householdType),
      reasons: '',
      decidedOn: partsFromIso(today),
      endingReason: '',
      irm: NO_IRM_CONSIDERATION,
    }),
    toInput: (values) => ({
      itemId: view.case.itemId,
      version: view.case.version,
      decisionCode: values.decisionCode,
      terms: needsTerms(values.decisionCode) ? valuesToTerms(values.terms) : null,
      reasons: values.reasons,
      decidedOn: partsToIso(values.decidedOn),
      endingReason: values.decisionCode === 'terminate' ? values.endingReason || null : null,
      ...(afterIrm ? irmConsiderationInput(values.irm ?? NO_IRM_CONSIDERATION) : {}),
    }),
    fieldTargets: TARGETS,
    onSaved: (saved) => onSaved(`The final decision has been recorded: ${saved.case.finalDecision?.label ?? ''}.`),
  });
  const { values, set, bind, errors } = form;
  return (
    <FormFrame
      form={form}
      labelledBy="final-form-heading"
      header={<h3 id="final-form-heading">Make the final decision</h3>}
      submitLabel="Record the final decision"
      savingLabel={null}
    >
      <ChoiceGroup
        type="radio"
        id="finalCode"
        legend="The final decision"
        options={view.options.map((o) => ({ value: o.code, label: o.label }))}
        {...bind('decisionCode')}
      />
      {values.decisionCode === 'terminate' ? (
        <EndingReasonField id="finalEndingReason" {...bind('endingReason')} />
      ) : null}
      {needsTerms(values.decisionCode) ? (
        <TermsFields
          idPrefix="finalTerms"
          householdType={view.household.householdType}
          values={values.terms}
          onChange={set('terms')}
          errors={errors}
        />
      ) : null}
      {afterIrm ? (
        <IrmConsiderationFields values={values.irm ?? NO_IRM_CONSIDERATION} errors={errors} onChange={set('irm')} />
      ) : null}
      <TextArea
        id="finalReasons"
        label="Reasons for the final decision"
        hint="Say how you took account of the panel's and any IRM recommendation."
        rows={5}
        {...bind('reasons')}
      />
      <DateField id="finalDecidedOn" legend="Date of the final decision" {...bind('decidedOn')} />
    </FormFrame>
  );
}
