import { useState, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
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
  const [reason, setReason] = useState('');
  const reopen = useWrite('minutes:reopen');
  const { message, fieldErrors } = errorState(reopen.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    reopen.mutate(
      { sittingId: view.sittingId, version: view.version, reason },
      {
        onSuccess: () =>
          onSaved(
            'The approval has been voided. The record can be corrected; the chair must approve the minutes again.',
          ),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ reason: 'reopenReason' }} />
      <p>
        Reopening voids the chair’s approval, so the recommendations or attendance can be corrected. The administrator
        then saves the draft again and the chair approves it again.
      </p>
      <TextArea
        id="reopenReason"
        label="Reason for reopening"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
      <DialogButtons
        submitLabel="Reopen the minutes"
        pending={reopen.isPending}
        onCancel={onClose}
        cancelLabel="Keep them approved"
        warning
      />
    </form>
  );
}
