import { ChoiceGroup } from '../../components/choice-group';
import type { ReactNode } from 'react';
import { LIST_ROLE_LABELS } from '../../../../shared/schemas/member';
import { useRead } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import type { ChannelForm } from '../../forms/use-channel-form';
import { isPastDateRefusal, type SittingFormValues } from './sitting-form-values';

const KIND_OPTIONS = [
  { value: 'main', label: 'Main sitting' },
  { value: 'extra', label: 'Extra sitting' },
] as const;

/** Add and edit share one form. */
export function SittingForm(props: {
  form: ChannelForm<SittingFormValues>;
  submitLabel: string;
  secondaryAction?: ReactNode;
  /** On edit: who is planned now, kept as a choice even if they have since left the list. */
  plannedPresider?: { id: string; name: string } | null;
}) {
  const { form } = props;
  const { values, errors, bind } = form;
  // Only the chair or a vice chair can preside (FSR reg 24 as read locally).
  const members = useRead('members:list', { status: 'current' });
  const presiders = (members.data ?? [])
    .filter((m) => m.listRole !== 'member')
    .map((m) => ({ value: m.id, label: `${m.name} (${LIST_ROLE_LABELS[m.listRole]})` }));
  const planned = props.plannedPresider;
  if (planned && !presiders.some((p) => p.value === planned.id))
    presiders.push({ value: planned.id, label: planned.name });
  // The confirmation stays once shown, so ticking it and saving again never makes it vanish mid-task.
  const askToConfirmPast = isPastDateRefusal(errors.date) || values.confirmPast;
  return (
    <FormFrame form={form} submitLabel={props.submitLabel} secondaryAction={props.secondaryAction}>
      <Fieldset legend="When">
        <ChoiceGroup
          type="radio"
          id="kind"
          legend="Main or extra sitting"
          hint="Extra sittings are arranged outside the planned pattern"
          options={KIND_OPTIONS}
          {...bind('kind')}
        />
        <DateField id="date" legend="Date" {...bind('date')} />
        {askToConfirmPast ? (
          <CheckboxField
            id="confirmPast"
            label="I am entering a sitting that has already happened (bringing in past records)"
            hint="Tick this and save again to add a sitting with a past date"
            checked={values.confirmPast}
            onChange={form.set('confirmPast')}
          />
        ) : null}
        <TextField
          id="startTime"
          label="Start time"
          hint="24-hour clock, for example 09:30"
          width="short"
          {...bind('startTime')}
        />
      </Fieldset>
      <Fieldset legend="Where">
        <TextField id="venue" label="Venue" hint="Enter a venue, a remote meeting link, or both" {...bind('venue')} />
        <TextField
          id="remoteLink"
          label="Remote meeting link (optional)"
          hint="Starting https://"
          {...bind('remoteLink')}
        />
      </Fieldset>
      <SelectField
        id="plannedPresiderId"
        label="Planned to preside (optional)"
        hint="The chair or a vice chair on the central list"
        placeholder="Not decided yet"
        options={presiders}
        {...bind('plannedPresiderId')}
      />
    </FormFrame>
  );
}
