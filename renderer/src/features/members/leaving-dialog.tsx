import { formatDate } from '../../../../shared/domain/dates';
import type { Member } from '../../../../shared/schemas/member';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

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
  const form = useChannelForm({
    channel: 'members:recordLeaving',
    initial: () => ({ leftDate: partsFromIso(member.leavingDate ?? today), reason: '' }),
    toInput: (values) => ({
      id: member.id,
      version: member.version,
      leftDate: partsToIso(values.leftDate),
      reason: values.reason,
    }),
    fieldTargets: { leftDate: 'leftDate-day', reason: 'leavingReason' },
    onSaved: (saved, values) =>
      onSaved(`${saved.name} left the central list on ${formatDate(saved.leftDate ?? partsToIso(values.leftDate))}.`),
  });
  return (
    <FormFrame form={form} submitLabel="Record leaving" onCancel={onClose}>
      <DateField id="leftDate" legend="Date they left" {...form.bind('leftDate')} />
      <TextArea id="leavingReason" label="Reason (optional)" {...form.bind('reason')} />
    </FormFrame>
  );
}
