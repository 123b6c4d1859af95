import type { ChainStep } from '../../../../shared/schemas/case-chain';
import { Dialog } from '../../components/dialog';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

/** Why a late or overdue step was late: a reason from the service's list, and a note if it helps. */
export function DelayReasonDialog(props: {
  householdId: string;
  step: ChainStep | null;
  reasons: readonly string[];
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog
      open={props.step !== null}
      title={props.step ? `Reason for delay: ${props.step.step}` : 'Reason for delay'}
      onClose={props.onClose}
    >
      {props.step ? <DelayReasonForm {...props} step={props.step} /> : null}
    </Dialog>
  );
}

function DelayReasonForm({
  householdId,
  step,
  reasons,
  onClose,
  onSaved,
}: {
  householdId: string;
  step: ChainStep;
  reasons: readonly string[];
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  // A reason recorded before the service removed it from its list stays choosable for this step.
  const choices = step.delay && !reasons.includes(step.delay.reason) ? [...reasons, step.delay.reason] : reasons;
  const form = useChannelForm({
    channel: 'households:recordDelayReason',
    initial: () => ({ reason: step.delay?.reason ?? '', note: step.delay?.note ?? '' }),
    toInput: (values) => ({ householdId, stepKey: step.key, reason: values.reason, note: values.note }),
    fieldTargets: { reason: 'delayReason', note: 'delayNote' },
    precheck: (values) =>
      values.reason === ''
        ? { message: 'Choose a reason for the delay', fieldErrors: { reason: 'Choose a reason for the delay' } }
        : null,
    onSaved: () => onSaved(`The reason for delay on “${step.step}” has been recorded.`),
  });
  return (
    <FormFrame form={form} submitLabel="Record reason" onCancel={onClose}>
      <p>{step.caseLabel}</p>
      <SelectField
        id="delayReason"
        label="Reason for the delay"
        placeholder="Choose a reason"
        options={choices.map((reason) => ({ value: reason, label: reason }))}
        {...form.bind('reason')}
      />
      <TextArea id="delayNote" label="Note (optional)" {...form.bind('note')} />
    </FormFrame>
  );
}
