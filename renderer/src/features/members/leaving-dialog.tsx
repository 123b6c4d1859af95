import { useState, type SubmitEvent } from 'react';
import { formatDate } from '../../../../shared/domain/dates';
import type { Member } from '../../../../shared/schemas/member';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/fields';

/** A member leaves: they stay in the records (history refers to them) but no longer sit. */
export function LeavingDialog(props: {
  member: Member;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog open={props.open} title={`Record that ${props.member.name} has left`} onClose={props.onClose}>
      <LeavingForm {...props} />
    </Dialog>
  );
}

function LeavingForm({
  member,
  onClose,
  onSaved,
}: {
  member: Member;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  const [date, setDate] = useState<DateParts>(() => partsFromIso(member.leavingDate ?? today));
  const [reason, setReason] = useState('');
  const record = useWrite('members:recordLeaving');
  const { message, fieldErrors } = errorState(record.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const leftDate = partsToIso(date);
    record.mutate(
      { id: member.id, version: member.version, leftDate, reason },
      {
        onSuccess: (saved) =>
          onSaved(`${saved.name} left the central list on ${formatDate(saved.leftDate ?? leftDate)}.`),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ leftDate: 'leftDate-day', reason: 'leavingReason' }}
      />
      <DateField id="leftDate" legend="Date they left" value={date} onChange={setDate} error={fieldErrors.leftDate} />
      <TextArea
        id="leavingReason"
        label="Reason (optional)"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
      <DialogButtons submitLabel="Record leaving" pending={record.isPending} onCancel={onClose} />
    </form>
  );
}
