import type { MinutesView } from '../../../../shared/schemas/minutes';
import { Dialog } from '../../components/dialog';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import type { MinutesDialogProps, MinutesFormProps } from './minutes-dialog-props';
import { contentReference } from './minutes-words';

type Version = MinutesView['versions'][number];

/** The chair signs the minutes off: the version they read, named by number and content reference. */
export function ApproveDialog(props: MinutesDialogProps & { latest: Version }) {
  return (
    <Dialog open={props.open} title={`Approve the minutes (version ${props.latest.number})?`} onClose={props.onClose}>
      <ApproveForm {...props} />
    </Dialog>
  );
}

function ApproveForm({ view, latest, onClose, onSaved }: MinutesFormProps & { latest: Version }) {
  const form = useChannelForm({
    channel: 'minutes:approve',
    initial: () => ({}),
    toInput: () => ({ sittingId: view.sittingId, versionNumber: latest.number }),
    onSaved: () => onSaved(`You have approved version ${latest.number} of the minutes.`),
  });
  return (
    <FormFrame form={form} submitLabel="Approve the minutes" onCancel={onClose}>
      <p>
        You are approving version {latest.number} of the minutes, saved by {latest.savedByName} (content reference{' '}
        {contentReference(latest.hash)}), as an accurate record of the sitting.
      </p>
      <p>
        Once approved, the minutes and the sitting’s record are locked. Any later change needs a recorded reason and
        voids your approval until you approve again.
      </p>
    </FormFrame>
  );
}
