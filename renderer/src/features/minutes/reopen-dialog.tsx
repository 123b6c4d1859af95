import { Dialog } from '../../components/dialog';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { TextArea } from '../../components/fields';
import type { MinutesDialogProps, MinutesFormProps } from './minutes-dialog-props';

/** Voids the chair's approval so the record (recommendations, attendance) can be corrected. */
export function ReopenDialog(props: MinutesDialogProps) {
  return (
    <Dialog open={props.open} title="Reopen the approved minutes?" onClose={props.onClose}>
      <ReopenForm {...props} />
    </Dialog>
  );
}

function ReopenForm({ view, onClose, onSaved }: MinutesFormProps) {
  const form = useChannelForm({
    channel: 'minutes:reopen',
    initial: () => ({ reason: '' }),
    toInput: (values) => ({ sittingId: view.sittingId, version: view.version, reason: values.reason }),
    fieldTargets: { reason: 'reopenReason' },
    onSaved: () =>
      onSaved('The approval has been voided. The record can be corrected; the chair must approve the minutes again.'),
  });
  return (
    <FormFrame form={form} submitLabel="Reopen the minutes" onCancel={onClose} cancelLabel="Keep them approved" warning>
      <p>
        Reopening voids the chair’s approval, so the recommendations or attendance can be corrected. The administrator
        then saves the draft again and the chair approves it again.
      </p>
      <TextArea id="reopenReason" label="Reason for reopening" {...form.bind('reason')} />
    </FormFrame>
  );
}
