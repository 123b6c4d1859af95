import type { SubmitEvent } from 'react';
import { BACKGROUND_LABELS, Background, LIST_ROLE_LABELS, ListRole } from '../../../../shared/schemas/member';
import { DateField } from '../../components/date-field';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../components/fields';
import { DATE_FIELD_TARGETS, type MemberFormValues } from './member-form-values';

const roleOptions = ListRole.options.map((value) => ({ value, label: LIST_ROLE_LABELS[value] }));
const backgroundOptions = Background.options.map((value) => ({ value, label: BACKGROUND_LABELS[value] }));

/** Add and edit share one form; the page decides what saving means. */
export function MemberForm(props: {
  values: MemberFormValues;
  onChange: (values: MemberFormValues) => void;
  onSubmit: () => void;
  submitLabel: string;
  saving: boolean;
  errorMessage: string | null;
  fieldErrors: Record<string, string>;
  secondaryAction?: React.ReactNode;
}) {
  const { values, fieldErrors } = props;
  const set =
    <K extends keyof MemberFormValues>(key: K) =>
    (value: MemberFormValues[K]) =>
      props.onChange({ ...values, [key]: value });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary message={props.errorMessage} fieldErrors={fieldErrors} fieldTargets={DATE_FIELD_TARGETS} />
      <Fieldset legend="Contact details">
        <TextField
          id="name"
          label="Full name"
          value={values.name}
          onChange={set('name')}
          error={fieldErrors.name}
          autoComplete="off"
        />
        <TextField
          id="email"
          label="Email address (optional)"
          type="email"
          value={values.email}
          onChange={set('email')}
          error={fieldErrors.email}
        />
        <TextField
          id="phone"
          label="Phone number (optional)"
          type="tel"
          width="medium"
          value={values.phone}
          onChange={set('phone')}
          error={fieldErrors.phone}
        />
        <TextArea
          id="address"
          label="Address (optional)"
          value={values.address}
          onChange={set('address')}
          error={fieldErrors.address}
        />
      </Fieldset>
      <Fieldset legend="Role on the panel">
        <SelectField
          id="listRole"
          label="Role on the central list"
          placeholder="Choose a role"
          options={roleOptions}
          value={values.listRole}
          onChange={set('listRole')}
          error={fieldErrors.listRole}
        />
        <SelectField
          id="background"
          label="Professional background"
          placeholder="Choose a background"
          options={backgroundOptions}
          value={values.background}
          onChange={set('background')}
          error={fieldErrors.background}
        />
        {values.background === 'other' ? (
          <TextField
            id="backgroundDetail"
            label="Describe the background"
            value={values.backgroundDetail}
            onChange={set('backgroundDetail')}
            error={fieldErrors.backgroundDetail}
          />
        ) : null}
        <CheckboxField
          id="independent"
          label="Independent of the fostering service"
          hint="Required for the chair (FSR reg 23)."
          checked={values.independent}
          onChange={set('independent')}
          error={fieldErrors.independent}
        />
        <CheckboxField
          id="socialWorkerPqe3"
          label="Social worker with at least 3 years' post-qualifying experience"
          checked={values.socialWorkerPqe3}
          onChange={set('socialWorkerPqe3')}
          error={fieldErrors.socialWorkerPqe3}
        />
      </Fieldset>
      <Fieldset legend="Appointment">
        <DateField
          id="appointmentDate"
          legend="Appointment date"
          hint="For example, 5 1 2027"
          value={values.appointmentDate}
          onChange={set('appointmentDate')}
          error={fieldErrors.appointmentDate}
        />
        <DateField
          id="termEndDate"
          legend="Term ends (optional)"
          value={values.termEndDate}
          onChange={set('termEndDate')}
          error={fieldErrors.termEndDate}
        />
        <DateField
          id="inductionDate"
          legend="Induction completed (optional)"
          value={values.inductionDate}
          onChange={set('inductionDate')}
          error={fieldErrors.inductionDate}
        />
        <TextField
          id="fee"
          label="Fee per sitting in pounds (optional)"
          hint="For example, 150.00"
          inputMode="decimal"
          width="short"
          value={values.fee}
          onChange={set('fee')}
          error={fieldErrors.fee}
        />
      </Fieldset>
      <Fieldset legend="Checks and appraisal">
        <DateField
          id="dbsCheckDate"
          legend="DBS check date (optional)"
          value={values.dbsCheckDate}
          onChange={set('dbsCheckDate')}
          error={fieldErrors.dbsCheckDate}
        />
        <DateField
          id="dbsRenewalDue"
          legend="DBS renewal due (optional)"
          hint="Leave blank to set it from the DBS check date and the service's renewal period (Rules and clocks)."
          value={values.dbsRenewalDue}
          onChange={set('dbsRenewalDue')}
          error={fieldErrors.dbsRenewalDue}
        />
        <DateField
          id="lastAppraisalDate"
          legend="Last appraisal (optional)"
          value={values.lastAppraisalDate}
          onChange={set('lastAppraisalDate')}
          error={fieldErrors.lastAppraisalDate}
        />
        <DateField
          id="nextAppraisalDue"
          legend="Next appraisal due (optional)"
          value={values.nextAppraisalDue}
          onChange={set('nextAppraisalDue')}
          error={fieldErrors.nextAppraisalDue}
        />
      </Fieldset>
      <TextArea
        id="notes"
        label="Notes (optional)"
        value={values.notes}
        onChange={set('notes')}
        error={fieldErrors.notes}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={props.saving}>
          {props.saving ? 'Saving…' : props.submitLabel}
        </button>
        {props.secondaryAction}
      </div>
    </form>
  );
}
