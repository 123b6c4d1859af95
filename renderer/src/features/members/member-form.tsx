import { BACKGROUND_LABELS, Background, LIST_ROLE_LABELS, ListRole } from '../../../../shared/schemas/member';
import { DateField } from '../../components/date-field';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import type { ChannelForm } from '../../forms/use-channel-form';
import type { MemberFormValues } from './member-form-values';

const roleOptions = ListRole.options.map((value) => ({ value, label: LIST_ROLE_LABELS[value] }));
const backgroundOptions = Background.options.map((value) => ({ value, label: BACKGROUND_LABELS[value] }));

/** Add and edit share one form; the page decides what saving means. */
export function MemberForm({
  form,
  submitLabel,
  secondaryAction,
}: {
  form: ChannelForm<MemberFormValues>;
  submitLabel: string;
  secondaryAction?: React.ReactNode;
}) {
  const { values, bind, check } = form;
  return (
    <FormFrame form={form} submitLabel={submitLabel} secondaryAction={secondaryAction}>
      <Fieldset legend="Contact details">
        <TextField id="name" label="Full name" {...bind('name')} autoComplete="off" />
        <TextField id="email" label="Email address (optional)" type="email" {...bind('email')} />
        <TextField id="phone" label="Phone number (optional)" type="tel" width="medium" {...bind('phone')} />
        <TextArea id="address" label="Address (optional)" {...bind('address')} />
      </Fieldset>
      <Fieldset legend="Role on the panel">
        <SelectField
          id="listRole"
          label="Role on the central list"
          placeholder="Choose a role"
          options={roleOptions}
          {...bind('listRole')}
        />
        <SelectField
          id="background"
          label="Professional background"
          placeholder="Choose a background"
          options={backgroundOptions}
          {...bind('background')}
        />
        {values.background === 'other' ? (
          <TextField id="backgroundDetail" label="Describe the background" {...bind('backgroundDetail')} />
        ) : null}
        <CheckboxField
          id="independent"
          label="Independent of the fostering service"
          hint="Required for the chair (FSR reg 23)."
          {...check('independent')}
        />
        <CheckboxField
          id="socialWorkerPqe3"
          label="Social worker with at least 3 years' post-qualifying experience"
          {...check('socialWorkerPqe3')}
        />
      </Fieldset>
      <Fieldset legend="Appointment">
        <DateField
          id="appointmentDate"
          legend="Appointment date"
          hint="For example, 5 1 2027"
          {...bind('appointmentDate')}
        />
        <DateField id="termEndDate" legend="Term ends (optional)" {...bind('termEndDate')} />
        <DateField id="inductionDate" legend="Induction completed (optional)" {...bind('inductionDate')} />
        <TextField
          id="fee"
          label="Fee per sitting in pounds (optional)"
          hint="For example, 150.00"
          inputMode="decimal"
          width="short"
          {...bind('fee')}
        />
      </Fieldset>
      <Fieldset legend="Checks and appraisal">
        <DateField id="dbsCheckDate" legend="DBS check date (optional)" {...bind('dbsCheckDate')} />
        <DateField
          id="dbsRenewalDue"
          legend="DBS renewal due (optional)"
          hint="Leave blank to set it from the DBS check date and the service's renewal period (Rules and clocks)."
          {...bind('dbsRenewalDue')}
        />
        <DateField id="lastAppraisalDate" legend="Last appraisal (optional)" {...bind('lastAppraisalDate')} />
        <DateField id="nextAppraisalDue" legend="Next appraisal due (optional)" {...bind('nextAppraisalDue')} />
      </Fieldset>
      <TextArea id="notes" label="Notes (optional)" {...bind('notes')} />
    </FormFrame>
  );
}
