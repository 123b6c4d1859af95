import { ChoiceGroup } from '../../components/choice-group';
import { blankExemption, ExemptionFields } from '../exemptions/exemption-fields';
import type { SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ReferralOptions } from '../../../../shared/schemas/direct-referral';
import type { Household } from '../../../../shared/schemas/household';
import { errorState } from '../../api/error-state';
import { useRead, useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { TermsFields } from '../households/terms-fields';
import { ReviewKindField } from '../sittings/review-kind-field';
import { blankReferValues, chosenOutcome, REFER_TARGETS, toReferInput, type ReferValues } from './refer-values';

/** Sends a case whose item type skips panel straight to an ADM, on the service's report. */
export function ReferDirectPage() {
  const { id = '' } = useParams();
  const household = useRead('households:get', { id });
  const options = useRead('decisions:referralOptions', {});
  return (
    <LoadState query={household} what="this household">
      {(loadedHousehold) => (
        <LoadState query={options} what="the referral options">
          {(loadedOptions) => <ReferDirectForm household={loadedHousehold} options={loadedOptions} />}
        </LoadState>
      )}
    </LoadState>
  );
}

function ReferDirectForm({ household, options }: { household: Household; options: ReferralOptions }) {
  usePageTitle(`Send straight to the ADM: ${household.reference}`);
  const navigate = useNavigate();
  const today = useToday();
  const [values, setValues, discard] = useDraft<ReferValues>(`refer:${household.id}`, () =>
    blankReferValues(today, household.householdType),
  );
  const refer = useWrite('decisions:referDirect');
  const { message, fieldErrors } = errorState(refer.error);
  const set =
    <K extends keyof ReferValues>(key: K) =>
    (value: ReferValues[K]) =>
      setValues({ ...values, [key]: value });
  const type = options.types.find((t) => t.itemType === values.itemType);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    refer.mutate(toReferInput(household.id, options, values), {
      onSuccess: (view) => {
        discard();
        void navigate(`/decisions/${view.case.itemId}`);
      },
    });
  };
  const back = (
    <p>
      <Link to={`/households/${household.id}`}>Back to {household.displayName}</Link>
    </p>
  );
  if (options.types.length === 0) {
    return (
      <>
        {back}
        <h1>Send straight to the ADM</h1>
        <p>
          Every kind of case goes to panel under the service's settings. An administrator can change which kinds go
          straight to the ADM in <Link to="/settings/rules">Rules and clocks</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>Send straight to the ADM: {household.reference}</h1>
      <p>
        These kinds of case skip panel under the service's settings. The ADM decides on the service's report and
        recommendation, within the same 7 working days.
      </p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={REFER_TARGETS} />
        <ChoiceGroup
          type="radio"
          id="referType"
          legend="What is the ADM asked to decide?"
          options={options.types.map((t) => ({ value: t.itemType, label: t.label }))}
          value={values.itemType}
          onChange={(itemType) => setValues({ ...values, itemType, outcome: '' })}
          error={fieldErrors.itemType}
        />
        {values.itemType === 'other_review' ? (
          <ReviewKindField
            id="referReviewKind"
            value={values.reviewKind}
            onChange={set('reviewKind')}
            error={fieldErrors.reviewKind}
          />
        ) : null}
        {type ? (
          <ChoiceGroup
            type="radio"
            id="referOutcome"
            legend="The service's recommendation"
            options={type.outcomes.map((o) => ({ value: o.code, label: o.label }))}
            value={values.outcome}
            onChange={set('outcome')}
            error={fieldErrors.outcome}
          />
        ) : null}
        {chosenOutcome(options, values)?.needsTerms ? (
          <TermsFields
            idPrefix="referTerms"
            householdType={household.householdType}
            values={values.terms}
            onChange={set('terms')}
            errors={fieldErrors}
          />
        ) : null}
        {values.outcome === 'recommend_exemption' ? (
          <ExemptionFields
            idPrefix="referExemption"
            values={values.exemption ?? blankExemption()}
            onChange={set('exemption')}
            errors={fieldErrors}
          />
        ) : null}
        <TextArea
          id="referReasons"
          label="Reasons for the recommendation"
          hint="The ADM reads these with the report; letters quote the ADM's own reasons."
          rows={5}
          value={values.reasons}
          onChange={set('reasons')}
          error={fieldErrors.reasons}
        />
        <TextField
          id="referPresentedBy"
          label="Report written by"
          value={values.presentedBy}
          onChange={set('presentedBy')}
          error={fieldErrors.presentedBy}
        />
        <DateField
          id="reportDate"
          legend="Date of the report"
          value={values.reportDate}
          onChange={set('reportDate')}
          error={fieldErrors.reportDate}
        />
        <SelectField
          id="referAdm"
          label="Agency decision maker"
          placeholder="Choose an ADM"
          options={options.admChoices.map((a) => ({ value: a.userId, label: a.name }))}
          value={values.admUserId}
          onChange={set('admUserId')}
          error={fieldErrors.admUserId}
        />
        <DateField
          id="referSent"
          legend="Date the report went to the ADM"
          hint="Day 0 of the ADM's 7 working days."
          value={values.sentDate}
          onChange={set('sentDate')}
          error={fieldErrors.sentDate}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={refer.isPending}>
            {refer.isPending ? 'Sending…' : 'Send to the ADM'}
          </button>
          <DiscardChangesButton discard={discard} backTo={`/households/${household.id}`} />
        </div>
      </form>
    </>
  );
}
