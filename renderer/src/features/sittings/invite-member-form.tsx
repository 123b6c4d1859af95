import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { SelectField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

/**
 * Members current when the sitting was created are invited automatically;
 * someone who joined the central list since is invited here.
 */
export function InviteMemberForm({ sitting, onSaved }: { sitting: SittingDetail; onSaved: (notice: string) => void }) {
  const members = useRead('members:list', { status: 'current' });
  const invited = new Set(sitting.attendance.map((a) => a.memberId));
  const options = (members.data ?? []).filter((m) => !invited.has(m.id)).map((m) => ({ value: m.id, label: m.name }));
  const form = useChannelForm({
    channel: 'sittings:recordAttendance',
    initial: () => ({ memberId: '' }),
    toInput: (values) => ({
      sittingId: sitting.id,
      memberId: values.memberId,
      // An invite is of a member with no attendance row here (0): one invited at another seat meanwhile is refused.
      version: 0,
      status: 'invited' as const,
    }),
    unchosen: { memberId: 'Choose a member to invite' },
    messageField: 'memberId',
    fieldTargets: { memberId: 'inviteMember' },
    onSaved: (_, values) => {
      const name = options.find((o) => o.value === values.memberId)?.label;
      form.discard();
      onSaved(`${name ?? 'The member'} has been invited to this sitting.`);
    },
  });
  if (options.length === 0) return null;
  return (
    <FormFrame
      form={form}
      className="inline-row"
      label="Invite another member"
      footer={<SubmitButton form={form} label="Invite" savingLabel={null} className="button button--secondary" />}
    >
      <SelectField
        id="inviteMember"
        label="Invite another member from the central list"
        placeholder="Choose a member"
        options={options}
        {...form.bind('memberId')}
      />
    </FormFrame>
  );
}
