import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { useChannelForm } from '../../forms/use-channel-form';
import { MemberForm } from './member-form';
import { blankMemberForm, DATE_FIELD_TARGETS, formToInput } from './member-form-values';

export function NewMemberPage() {
  usePageTitle('Add a member');
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'members:create',
    draftKey: 'member:new',
    initial: blankMemberForm,
    toInput: formToInput,
    fieldTargets: DATE_FIELD_TARGETS,
    onSaved: (member) =>
      void navigate(`/members/${member.id}`, {
        state: { notice: `${member.name} has been added to the central list.` },
      }),
  });
  return (
    <>
      <p>
        <Link to="/members">Back to the central list</Link>
      </p>
      <h1>Add a member to the central list</h1>
      <MemberForm form={form} submitLabel="Add member" />
    </>
  );
}
