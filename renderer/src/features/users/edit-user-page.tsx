import { Link, useNavigate, useParams } from 'react-router';
import type { UserSummary } from '../../../../shared/schemas/users';
import { useRead } from '../../api/hooks';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { USER_FIELD_TARGETS, UserDetailsFields } from './user-fields';

/** The form's values from a user as saved (here, or by another seat after a stale save). */
function userToForm(user: UserSummary) {
  return { displayName: user.displayName, roles: [...user.roles], memberId: user.memberId ?? '' };
}

export function EditUserPage() {
  const { id = '' } = useParams();
  const user = useRead('users:get', { id });
  return (
    <LoadState query={user} what="this user">
      {(loaded) => <EditUserForm user={loaded} />}
    </LoadState>
  );
}

function EditUserForm({ user }: { user: UserSummary }) {
  usePageTitle(`Edit ${user.displayName}`);
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'users:update',
    draftKey: `user:edit:${user.id}`,
    // The version travels with the draft, so a change made elsewhere meanwhile is detected, not overwritten.
    version: user.version,
    initial: () => userToForm(user),
    fromCurrent: userToForm,
    toInput: (values, version = user.version) => ({ id: user.id, version, ...values }),
    fieldTargets: USER_FIELD_TARGETS,
    onSaved: (saved) =>
      void navigate(`/users/${saved.id}`, { state: { notice: `${saved.displayName}’s details have been saved.` } }),
  });
  return (
    <>
      <p>
        <Link to={`/users/${user.id}`}>Back to {user.displayName}</Link>
      </p>
      <h1>Edit {user.displayName}</h1>
      <p>
        Username: <strong>{user.username}</strong> (usernames cannot be changed)
      </p>
      <FormFrame
        form={form}
        submitLabel="Save changes"
        secondaryAction={<DiscardChangesButton form={form} backTo={`/users/${user.id}`} />}
      >
        <UserDetailsFields form={form} />
      </FormFrame>
    </>
  );
}
