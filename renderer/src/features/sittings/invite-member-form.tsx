import { useState, type SubmitEvent } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { SelectField } from '../../components/fields';

/**
 * Members current when the sitting was created are invited automatically;
 * someone who joined the central list since is invited here.
 */
export function InviteMemberForm({ sitting, onSaved }: { sitting: SittingDetail; onSaved: (notice: string) => void }) {
  const members = useRead('members:list', { status: 'current' });
  const [memberId, setMemberId] = useState('');
  const [unchosen, setUnchosen] = useState(false);
  const invite = useWrite('sittings:recordAttendance');
  const { message, fieldErrors } = errorState(invite.error);
  const invited = new Set(sitting.attendance.map((a) => a.memberId));
  const options = (members.data ?? []).filter((m) => !invited.has(m.id)).map((m) => ({ value: m.id, label: m.name }));
  if (options.length === 0) return null;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // Checked here: the backend's word for a missing id is about records, not people.
    setUnchosen(memberId === '');
    if (memberId === '') return;
    const name = options.find((o) => o.value === memberId)?.label;
    invite.mutate(
      { sittingId: sitting.id, memberId, status: 'invited' },
      {
        onSuccess: () => {
          setMemberId('');
          onSaved(`${name ?? 'The member'} has been invited to this sitting.`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-row" aria-label="Invite another member">
      <SelectField
        id="inviteMember"
        label="Invite another member from the central list"
        placeholder="Choose a member"
        options={options}
        value={memberId}
        onChange={setMemberId}
        error={
          unchosen
            ? 'Choose a member to invite'
            : (fieldErrors.memberId ?? (message && Object.keys(fieldErrors).length === 0 ? message : undefined))
        }
      />
      <button type="submit" className="button button--secondary" disabled={invite.isPending}>
        Invite
      </button>
    </form>
  );
}
