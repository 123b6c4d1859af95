import type { SubmitEvent } from 'react';
import { HOUSEHOLD_TYPE_LABELS, HouseholdType } from '../../../../shared/schemas/household';
import { DateField } from '../../components/date-field';
import { ErrorSummary } from '../../components/error-summary';
import { Fieldset, SelectField, TextArea, TextField } from '../../components/fields';
import { blankChild, householdFieldTargets, type ChildValues, type HouseholdFormValues } from './household-form-values';

const typeOptions = HouseholdType.options.map((value) => ({ value, label: HOUSEHOLD_TYPE_LABELS[value] }));

/** Add and edit share one form; personal data is kept to what letters and clocks need. */
export function HouseholdForm(props: {
  values: HouseholdFormValues;
  onChange: (values: HouseholdFormValues) => void;
  onSubmit: () => void;
  submitLabel: string;
  saving: boolean;
  errorMessage: string | null;
  fieldErrors: Record<string, string>;
  secondaryAction?: React.ReactNode;
}) {
  const { values, fieldErrors: errors } = props;
  const set =
    <K extends keyof HouseholdFormValues>(key: K) =>
    (value: HouseholdFormValues[K]) => {
      props.onChange({ ...values, [key]: value });
    };
  const setChild = (index: number, child: ChildValues) => {
    set('children')(values.children.map((c, i) => (i === index ? child : c)));
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary message={props.errorMessage} fieldErrors={errors} fieldTargets={householdFieldTargets(values)} />
      <Fieldset legend="Household">
        <TextField
          id="reference"
          label="Reference"
          hint="The service's case reference, for example FC-2026-014"
          width="medium"
          value={values.reference}
          onChange={set('reference')}
          error={errors.reference}
        />
        <TextField
          id="displayName"
          label="Display name"
          hint="How papers refer to them, for example Mr and Mrs A"
          value={values.displayName}
          onChange={set('displayName')}
          error={errors.displayName}
        />
        <SelectField
          id="householdType"
          label="Type"
          placeholder="Choose a type"
          options={typeOptions}
          value={values.householdType}
          onChange={set('householdType')}
          error={errors.householdType}
        />
        {values.householdType === 'specialist' ? (
          <TextField
            id="specialistScheme"
            label="Specialist scheme"
            value={values.specialistScheme}
            onChange={set('specialistScheme')}
            error={errors.specialistScheme}
          />
        ) : null}
      </Fieldset>
      <Fieldset legend="Applicants (for letters)">
        <TextField
          id="applicant1"
          label="First applicant's full name"
          value={values.applicant1}
          onChange={set('applicant1')}
          error={errors['applicantNames.0'] ?? errors.applicantNames}
        />
        <TextField
          id="applicant2"
          label="Second applicant's full name (optional)"
          value={values.applicant2}
          onChange={set('applicant2')}
          error={errors['applicantNames.1']}
        />
        <TextArea
          id="address"
          label="Address (optional)"
          value={values.address}
          onChange={set('address')}
          error={errors.address}
        />
      </Fieldset>
      <Fieldset legend="Assessment">
        <TextField
          id="assessingSocialWorker"
          label="Assessing social worker (optional)"
          value={values.assessingSocialWorker}
          onChange={set('assessingSocialWorker')}
          error={errors.assessingSocialWorker}
        />
        <TextField
          id="supervisingSocialWorker"
          label="Supervising social worker (optional)"
          value={values.supervisingSocialWorker}
          onChange={set('supervisingSocialWorker')}
          error={errors.supervisingSocialWorker}
        />
        <DateField
          id="applicationReceivedDate"
          legend="Application received (optional)"
          hint="Starts the 8-month clock for a recommendation"
          value={values.applicationReceivedDate}
          onChange={set('applicationReceivedDate')}
          error={errors.applicationReceivedDate}
        />
        {values.householdType === 'connected_person' ? (
          <DateField
            id="temporaryApprovalDate"
            legend="Temporary approval date (CPPCR reg 24, optional)"
            value={values.temporaryApprovalDate}
            onChange={set('temporaryApprovalDate')}
            error={errors.temporaryApprovalDate}
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
      <div className="button-row">
        <button type="submit" className="button" disabled={props.saving}>
          {props.saving ? 'Saving…' : props.submitLabel}
        </button>
        {props.secondaryAction}
      </div>
    </form>
  );
}
