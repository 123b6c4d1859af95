import { ChoiceGroup } from '../../components/choice-group';
import { blankExemption, ExemptionFields } from '../exemptions/exemption-fields';
import { Link, useNavigate, useParams } from 'react-router';
import type { ReferralOptions } from '../../../../shared/schemas/direct-referral';
import type { Household } from '../../../../shared/schemas/household';
import { useRead, useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { LoadState } from '../../components/load-state';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { usePageTitle } from '../../components/use-page-title';
import { TermsFields } from '../households/terms-fields';
import { ReviewKindField } from '../sittings/review-kind-field';
import { blankReferValues, chosenOutcome, REFER_TARGETS, toReferInput } from './refer-values';

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
  const form = useChannelForm({
    channel: 'decisions:referDirect',
    draftKey: `refer:${household.id}`,
    initial: () => blankReferValues(today, household.householdType),
    toInput: (values) => toReferInput(household.id, options, values),
    fieldTargets: REFER_TARGETS,
    onSaved: (view) => void navigate(`/decisions/${view.case.itemId}`),
  });
  const { values, set, bind, errors } = form;
  const type = options.types.find((t) => t.itemType === values.itemType);
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
      <FormFrame
        form={form}
        submitLabel="Send to the ADM"
        savingLabel="Sending…"
        secondaryAction={<DiscardChangesButton form={form} backTo={`/households/${household.id}`} />}
      >
        <ChoiceGroup
          type="radio"
          id="referType"
          legend="What is the ADM asked to decide?"
          options={options.types.map((t) => ({ value: t.itemType, label: t.label }))}
          {...bind('itemType')}
          // Another kind of case has other outcomes: the one chosen goes.
          onChange={(itemType) => form.setValues({ ...values, itemType, outcome: '' })}
        />
        {values.itemType === 'other_review' ? <ReviewKindField id="referReviewKind" {...bind('reviewKind')} /> : null}
        {type ? (
          <ChoiceGroup
            type="radio"
            id="referOutcome"
            legend="The service's recommendation"
            options={type.outcomes.map((o) => ({ value: o.code, label: o.label }))}
            {...bind('outcome')}
          />
        ) : null}
        {chosenOutcome(options, values)?.needsTerms ? (
          <TermsFields
            idPrefix="referTerms"
            householdType={household.householdType}
            values={values.terms}
            onChange={set('terms')}
            errors={errors}
          />
        ) : null}
        {values.outcome === 'recommend_exemption' ? (
          <ExemptionFields
            idPrefix="referExemption"
            values={values.exemption ?? blankExemption()}
            onChange={set('exemption')}
            errors={errors}
          />
        ) : null}
        <TextArea
          id="referReasons"
          label="Reasons for the recommendation"
          hint="The ADM reads these with the report; letters quote the ADM's own reasons."
          rows={5}
          {...bind('reasons')}
        />
        <TextField id="referPresentedBy" label="Report written by" {...bind('presentedBy')} />
        <DateField id="reportDate" legend="Date of the report" {...bind('reportDate')} />
        <SelectField
          id="referAdm"
          label="Agency decision maker"
          placeholder="Choose an ADM"
          options={options.admChoices.map((a) => ({ value: a.userId, label: a.name }))}
          {...bind('admUserId')}
        />
        <DateField
          id="referSent"
          legend="Date the report went to the ADM"
          hint="Day 0 of the ADM's 7 working days."
          {...bind('sentDate')}
        />
      </FormFrame>
    </>
  );
}
