import { HOUSEHOLD_TYPE_LABELS, HouseholdType } from '../../../../shared/schemas/household';
import { DateField } from '../../components/date-field';
import { Fieldset, SelectField, TextField } from '../../components/fields';
import { ApplicantFields } from './applicant-fields';
import { FormFrame } from '../../forms/form-frame';
import type { ChannelForm } from '../../forms/use-channel-form';
import { blankChild, type ChildValues, type HouseholdFormValues } from './household-form-values';

const typeOptions = HouseholdType.options.map((value) => ({ value, label: HOUSEHOLD_TYPE_LABELS[value] }));

/** Add and edit share one form; personal data is kept to what letters and clocks need. */
export function HouseholdForm({
  form,
  submitLabel,
  secondaryAction,
}: {
  form: ChannelForm<HouseholdFormValues>;
  submitLabel: string;
  secondaryAction?: React.ReactNode;
}) {
  const { values, errors, set, bind } = form;
  const setChild = (index: number, child: ChildValues) => {
    set('children')(values.children.map((c, i) => (i === index ? child : c)));
  };
  return (
    <FormFrame form={form} submitLabel={submitLabel} secondaryAction={secondaryAction}>
      <Fieldset legend="Household">
        <TextField
          id="reference"
          label="Reference"
          hint="The service's case reference, for example FC-2026-014"
          width="medium"
          {...bind('reference')}
        />
        <TextField
          id="displayName"
          label="Display name"
          hint="How papers refer to them, for example Mr and Mrs A"
          {...bind('displayName')}
        />
        <SelectField
          id="householdType"
          label="Type"
          placeholder="Choose a type"
          options={typeOptions}
          {...bind('householdType')}
        />
        {values.householdType === 'specialist' ? (
          <TextField id="specialistScheme" label="Specialist scheme" {...bind('specialistScheme')} />
        ) : null}
      </Fieldset>
      <ApplicantFields form={form} />
      <Fieldset legend="Assessment">
        <TextField
          id="assessingSocialWorker"
          label="Assessing social worker (optional)"
          {...bind('assessingSocialWorker')}
        />
        <TextField
          id="supervisingSocialWorker"
          label="Supervising social worker (optional)"
          {...bind('supervisingSocialWorker')}
        />
        <DateField
          id="applicationReceivedDate"
          legend="Application received (optional)"
          hint="Starts the 8-month clock for a recommendation"
          {...bind('applicationReceivedDate')}
        />
        {values.householdType === 'connected_person' ? (
          <DateField
            id="temporaryApprovalDate"
            legend="Temporary approval date (CPPCR reg 24, optional)"
            {...bind('temporaryApprovalDate')}
          />
        ) : null}
      </Fieldset>
      <Fieldset legend="Linked children">
        <p className="hint">Initials and dates only. Add a child placed with a connected person.</p>
        {values.children.map((child, i) => (
          <div key={i} className="inline-form">
            <h3>Child {i + 1}</h3>
            <TextField
              id={`child-${i}-initials`}
              label="Initials"
              width="short"
              value={child.initials}
              onChange={(initials) => setChild(i, { ...child, initials })}
              error={errors[`children.${i}.initials`]}
            />
            <DateField
              id={`child-${i}-dateOfBirth`}
              legend="Date of birth"
              value={child.dateOfBirth}
              onChange={(dateOfBirth) => setChild(i, { ...child, dateOfBirth })}
              error={errors[`children.${i}.dateOfBirth`]}
            />
            <DateField
              id={`child-${i}-placementDate`}
              legend="Placement date (optional)"
              value={child.placementDate}
              onChange={(placementDate) => setChild(i, { ...child, placementDate })}
              error={errors[`children.${i}.placementDate`]}
            />
            <DateField
              id={`child-${i}-placementEndedOn`}
              legend="Placement ended (optional)"
              hint="A connected person's records are kept 10 years from the end of the placement (FSR regulation 32)."
              value={child.placementEndedOn}
              onChange={(placementEndedOn) => setChild(i, { ...child, placementEndedOn })}
              error={errors[`children.${i}.placementEndedOn`]}
            />
            <TextField
              id={`child-${i}-iroName`}
              label="IRO's name (optional)"
              value={child.iroName}
              onChange={(iroName) => setChild(i, { ...child, iroName })}
              error={errors[`children.${i}.iroName`]}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => set('children')(values.children.filter((_, j) => j !== i))}
            >
              Remove child {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => set('children')([...values.children, blankChild()])}
        >
          Add a child
        </button>
      </Fieldset>
    </FormFrame>
  );
}
