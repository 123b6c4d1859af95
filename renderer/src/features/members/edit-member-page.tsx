import { Link, useNavigate, useParams } from 'react-router';
import type { Member } from '../../../../shared/schemas/member';
import { useRead } from '../../api/hooks';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { useChannelForm } from '../../forms/use-channel-form';
import { MemberForm } from './member-form';
import { DATE_FIELD_TARGETS, formToInput, memberToForm } from './member-form-values';

export function EditMemberPage() {
  const { id = '' } = useParams();
  const member = useRead('members:get', { id });
  return (
    <LoadState query={member} what="this member">
      {(loaded) => <EditMemberForm member={loaded} />}
    </LoadState>
  );
}

function EditMemberForm({ member }: { member: Member }) {
  usePageTitle(`Edit ${member.name}`);
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'members:update',
    draftKey: `member:edit:${member.id}`,
    // The version the user started from travels with the draft, so a change made elsewhere meanwhile is detected.
    version: member.version,
    initial: () => memberToForm(member),
    // After a stale save: the other seat's member as this form's values, shown beside what was typed.
    fromCurrent: memberToForm,
    toInput: (values, version = member.version) => ({ ...formToInput(values), id: member.id, version }),
    fieldTargets: DATE_FIELD_TARGETS,
    onSaved: (saved) =>
      void navigate(`/members/${saved.id}`, { state: { notice: `${saved.name}'s details have been saved.` } }),
  });
  return (
    <>
      <p>
        <Link to={`/members/${member.id}`}>Back to {member.name}</Link>
      </p>
      <h1>Edit {member.name}</h1>
      <MemberForm
        form={form}
        submitLabel="Save changes"
        secondaryAction={<DiscardChangesButton form={form} backTo={`/members/${member.id}`} />}
      />
    </>
  );
}
