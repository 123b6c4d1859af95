import { useState, type SubmitEvent } from 'react';
import { isRealIsoDate, formatDate } from '../../../../shared/domain/dates';
import { leavingDateFromNotice } from '../../../../shared/domain/members/notice';
import type { Member } from '../../../../shared/schemas/member';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';

/** FSR reg 23: written notice; the leaving date (one month later) is worked out and shown as the user types. */
export function NoticeDialog(props: {
  member: Member;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog open={props.open} title={`Record written notice from ${props.member.name}`} onClose={props.onClose}>
      <NoticeForm {...props} />
    </Dialog>
  );
}

function NoticeForm({
  member,
  onClose,
  onSaved,
}: {
  member: Member;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  const [date, setDate] = useState<DateParts>(() => partsFromIso(today));
  const record = useWrite('members:recordNotice');
  const { message, fieldErrors } = errorState(record.error);
  const iso = partsToIso(date);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    record.mutate(
      { id: member.id, version: member.version, noticeDate: iso },
      {
        onSuccess: (saved) =>
          onSaved(
            `Notice recorded. ${saved.name} will leave the central list on ${formatDate(saved.leavingDate ?? iso)}.`,
          ),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ noticeDate: 'noticeDate-day' }} />
      <DateField
        id="noticeDate"
        legend="Date the written notice was received"
        value={date}
        onChange={setDate}
        error={fieldErrors.noticeDate}
      />
      <p role="status">
        {isRealIsoDate(iso) ? `They will leave the central list on ${formatDate(leavingDateFromNotice(iso))}.` : ''}
      </p>
      <DialogButtons submitLabel="Record notice" pending={record.isPending} onCancel={onClose} />
    </form>
  );
}
