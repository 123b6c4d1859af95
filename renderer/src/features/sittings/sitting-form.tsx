import { ChoiceGroup } from '../../components/choice-group';
import type { ReactNode, SubmitEvent } from 'react';
import { LIST_ROLE_LABELS } from '../../../../shared/schemas/member';
import { useRead } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/fields';
import { isPastDateRefusal, SITTING_FIELD_TARGETS, type SittingFormValues } from './sitting-form-values';

const KIND_OPTIONS = [
  { value: 'main', label: 'Main sitting' },
  { value: 'extra', label: 'Extra sitting' },
] as const;

/** Add and edit share one form. */
export function SittingForm(props: {
  values: SittingFormValues;
  onChange: (values: SittingFormValues) => void;
  onSubmit: () => void;
  submitLabel: string;
  saving: boolean;
  errorMessage: string | null;
  fieldErrors: Record<string, string>;
  secondaryAction?: ReactNode;
  /** On edit: who is planned now, kept as a choice even if they have since left the list. */
  plannedPresider?: { id: string; name: string } | null;
}) {
  const { values, fieldErrors: errors } = props;
  // Only the chair or a vice chair can preside (FSR reg 24 as read locally).
  const members = useRead('members:list', { status: 'current' });
  const presiders = (members.data ?? [])
    .filter((m) => m.listRole !== 'member')
    .map((m) => ({ value: m.id, label: `${m.name} (${LIST_ROLE_LABELS[m.listRole]})` }));
  const planned = props.plannedPresider;
  if (planned && !presiders.some((p) => p.value === planned.id))
    presiders.push({ value: planned.id, label: planned.name });
  const set =
    <K extends keyof SittingFormValues>(key: K) =>
    (value: SittingFormValues[K]) =>
      props.onChange({ ...values, [key]: value });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  // The confirmation stays once shown, so ticking it and saving again never makes it vanish mid-task.
  const askToConfirmPast = isPastDateRefusal(errors.date) || values.confirmPast;
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary message={props.errorMessage} fieldErrors={errors} fieldTargets={SITTING_FIELD_TARGETS} />
      <Fieldset legend="When">
        <ChoiceGroup
          type="radio"
          id="kind"
          legend="Main or extra sitting"
          hint="Extra sittings are arranged outside the planned pattern"
          options={KIND_OPTIONS}
          value={values.kind}
          onChange={set('kind')}
          error={errors.kind}
        />
        <DateField id="date" legend="Date" value={values.date} onChange={set('date')} error={errors.date} />
        {askToConfirmPast ? (
          <CheckboxField
            id="confirmPast"
            label="I am entering a sitting that has already happened (bringing in past records)"
            hint="Tick this and save again to add a sitting with a past date"
            checked={values.confirmPast}
            onChange={set('confirmPast')}
          />
        ) : null}
        <TextField
          id="startTime"
          label="Start time"
          hint="24-hour clock, for example 09:30"
          width="short"
          value={values.startTime}
          onChange={set('startTime')}
          error={errors.startTime}
        />
      </Fieldset>
      <Fieldset legend="Where">
        <TextField
          id="venue"
          label="Venue"
          hint="Enter a venue, a remote meeting link, or both"
          value={values.venue}
          onChange={set('venue')}
          error={errors.venue}
        />
        <TextField
          id="remoteLink"
          label="Remote meeting link (optional)"
          hint="Starting https://"
          value={values.remoteLink}
          onChange={set('remoteLink')}
          error={errors.remoteLink}
        />
      </Fieldset>
      <SelectField
        id="plannedPresiderId"
        label="Planned to preside (optional)"
        hint="The chair or a vice chair on the central list"
        placeholder="Not decided yet"
        options={presiders}
        value={values.plannedPresiderId}
        onChange={set('plannedPresiderId')}
        error={errors.plannedPresiderId}
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
