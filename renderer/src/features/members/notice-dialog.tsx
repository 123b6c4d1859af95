import { isRealIsoDate, formatDate } from '../../../../shared/domain/dates';
import { leavingDateFromNotice } from '../../../../shared/domain/members/notice';
import type { Member } from '../../../../shared/schemas/member';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

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
  const form = useChannelForm({
    channel: 'members:recordNotice',
    initial: () => ({ noticeDate: partsFromIso(today) }),
    toInput: (values) => ({ id: member.id, version: member.version, noticeDate: partsToIso(values.noticeDate) }),
    fieldTargets: { noticeDate: 'noticeDate-day' },
    onSaved: (saved, values) =>
      onSaved(
        `Notice recorded. ${saved.name} will leave the central list on ${formatDate(saved.leavingDate ?? partsToIso(values.noticeDate))}.`,
      ),
  });
  const iso = partsToIso(form.values.noticeDate);
  return (
    <FormFrame form={form} submitLabel="Record notice" onCancel={onClose}>
      <DateField id="noticeDate" legend="Date the written notice was received" {...form.bind('noticeDate')} />
      <p role="status">
        {isRealIsoDate(iso) ? `They will leave the central list on ${formatDate(leavingDateFromNotice(iso))}.` : ''}
      </p>
    </FormFrame>
  );
}
