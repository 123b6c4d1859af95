import type { RetentionEntry } from '../../../../shared/schemas/records';
import { Dialog } from '../../components/dialog';
import { TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
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
  const form = useChannelForm({
    channel: 'records:purge',
    initial: () => ({ reason: '' }),
    toInput: (values) => ({ id: entry.id, version: entry.version, reason: values.reason }),
    fieldTargets: { reason: 'purgeReason' },
    onSaved: (done) => onPurged(`The records of ${done.reference} have been purged.`),
  });
  return (
    <FormFrame form={form} submitLabel="Purge records" onCancel={onClose} warning>
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
        {...form.bind('reason')}
      />
    </FormFrame>
  );
}
