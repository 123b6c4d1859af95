import { useState, type SubmitEvent } from 'react';
import type { RetentionEntry } from '../../../../shared/schemas/records';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/fields';
import { formatDate } from '../../format';

/** Purging cannot be undone: the dialog says what goes and what stays, and asks why. */
export function PurgeDialog({
  entry,
  onClose,
  onPurged,
}: {
  entry: RetentionEntry | null;
  onClose: () => void;
  onPurged: (notice: string) => void;
}) {
  return (
    <Dialog open={entry !== null} title={`Purge the records of ${entry?.reference ?? ''}`} onClose={onClose}>
      {entry ? <PurgeForm entry={entry} onClose={onClose} onPurged={onPurged} /> : null}
    </Dialog>
  );
}

function PurgeForm({
  entry,
  onClose,
  onPurged,
}: {
  entry: RetentionEntry;
  onClose: () => void;
  onPurged: (notice: string) => void;
}) {
  const [reason, setReason] = useState('');
  const purge = useWrite('records:purge');
  const { message, fieldErrors } = errorState(purge.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    purge.mutate(
      { id: entry.id, version: entry.version, reason },
      { onSuccess: (done) => onPurged(`The records of ${done.reference} have been purged.`) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ reason: 'purgeReason' }} />
      <p>
        {entry.displayName} ({entry.reference}): {entry.basisLabel}
        {entry.endedOn ? ` on ${formatDate(entry.endedOn)}` : ''}
        {entry.purgeableFrom ? `; may be purged from ${formatDate(entry.purgeableFrom)}` : ''}.
      </p>
      <div className="panel panel--warning">
        <p>
          This removes the names, address and linked children, the names of applicants and supporters at panel, the
          comments on complaints and feedback, and the letters issued. It cannot be undone. The reference, dates, agenda
          items, recommendations and decisions are kept for reporting.
        </p>
      </div>
      <TextArea
        id="purgeReason"
        label="Reason for purging"
        hint="For example, the annual retention review. This goes in the audit trail."
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
      <DialogButtons submitLabel="Purge records" pending={purge.isPending} onCancel={onClose} warning />
    </form>
  );
}
