import type { SubmitEvent } from 'react';
import type { MinutesView } from '../../../../shared/schemas/minutes';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
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
  const approve = useWrite('minutes:approve');
  const { message, fieldErrors } = errorState(approve.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    approve.mutate(
      { sittingId: view.sittingId, versionNumber: latest.number },
      { onSuccess: () => onSaved(`You have approved version ${latest.number} of the minutes.`) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <p>
        You are approving version {latest.number} of the minutes, saved by {latest.savedByName} (content reference{' '}
        {contentReference(latest.hash)}), as an accurate record of the sitting.
      </p>
      <p>
        Once approved, the minutes and the sitting’s record are locked. Any later change needs a recorded reason and
        voids your approval until you approve again.
      </p>
      <DialogButtons submitLabel="Approve the minutes" pending={approve.isPending} onCancel={onClose} />
    </form>
  );
}
