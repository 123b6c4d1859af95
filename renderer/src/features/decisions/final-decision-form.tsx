import { ChoiceGroup } from '../../components/choice-group';
import type { SubmitEvent } from 'react';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
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
  const [values, setValues, discard] = useDraft<FinalValues>(`decision:final:${view.case.itemId}`, () => ({
    decisionCode: '',
    terms: termsToValues(view.case.decision?.terms ?? view.household.terms, view.household.householdType),
    reasons: '',
    decidedOn: partsFromIso(today),
    endingReason: '',
    irm: NO_IRM_CONSIDERATION,
  }));
  const afterIrm = view.case.route === 'irm';
  const finalise = useWrite('decisions:finalise');
  const { message, fieldErrors } = errorState(finalise.error);
  const chosen = view.options.find((o) => o.code === values.decisionCode);
  const set =
    <K extends keyof FinalValues>(key: K) =>
    (value: FinalValues[K]) =>
      setValues({ ...values, [key]: value });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    finalise.mutate(
      {
        itemId: view.case.itemId,
        version: view.case.version,
        decisionCode: values.decisionCode,
        terms: chosen?.needsTerms ? valuesToTerms(values.terms) : null,
        reasons: values.reasons,
        decidedOn: partsToIso(values.decidedOn),
        endingReason: values.decisionCode === 'terminate' ? values.endingReason || null : null,
        ...(afterIrm ? irmConsiderationInput(values.irm ?? NO_IRM_CONSIDERATION) : {}),
      },
      {
        onSuccess: (saved) => {
          discard();
          onSaved(`The final decision has been recorded: ${saved.case.finalDecision?.label ?? ''}.`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="final-form-heading">
      <h3 id="final-form-heading">Make the final decision</h3>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={TARGETS} />
      <ChoiceGroup
        type="radio"
        id="finalCode"
        legend="The final decision"
        options={view.options.map((o) => ({ value: o.code, label: o.label }))}
        value={values.decisionCode}
        onChange={set('decisionCode')}
        error={fieldErrors.decisionCode}
      />
      {values.decisionCode === 'terminate' ? (
        <EndingReasonField
          id="finalEndingReason"
          value={values.endingReason}
          onChange={set('endingReason')}
          error={fieldErrors.endingReason}
        />
      ) : null}
      {chosen?.needsTerms ? (
        <TermsFields
          idPrefix="finalTerms"
          householdType={view.household.householdType}
          values={values.terms}
          onChange={set('terms')}
          errors={fieldErrors}
        />
      ) : null}
      {afterIrm ? (
        <IrmConsiderationFields
          values={values.irm ?? NO_IRM_CONSIDERATION}
          errors={fieldErrors}
          onChange={set('irm')}
        />
      ) : null}
      <TextArea
        id="finalReasons"
        label="Reasons for the final decision"
        hint="Say how you took account of the panel's and any IRM recommendation."
        rows={5}
        value={values.reasons}
        onChange={set('reasons')}
        error={fieldErrors.reasons}
      />
      <DateField
        id="finalDecidedOn"
        legend="Date of the final decision"
        value={values.decidedOn}
        onChange={set('decidedOn')}
        error={fieldErrors.decidedOn}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={finalise.isPending}>
          Record the final decision
        </button>
      </div>
    </form>
  );
}
