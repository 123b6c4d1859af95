import type { Role } from '../../../../shared/contract/roles';
import { Link, useNavigate } from 'react-router';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { TextField } from '../../components/fields';
import { usePageTitle } from '../../components/use-page-title';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { NEW_PASSWORD_HINT } from '../auth/password-check';
import { USER_FIELD_TARGETS, UserDetailsFields } from './user-fields';

export function NewUserPage() {
  usePageTitle('Add a user');
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'users:create',
    draftKey: 'user:new',
    initial: () => ({ username: '', displayName: '', roles: [] as Role[], memberId: '', temporaryPassword: '' }),
    // Shown as typed (the administrator has to pass it on) but not kept in the drafts: typed again if the form is left.
    undrafted: ['temporaryPassword'],
    toInput: (values) => values,
    fieldTargets: USER_FIELD_TARGETS,
    onSaved: (user) =>
      void navigate(`/users/${user.id}`, {
        state: {
          notice: `An account for ${user.displayName} has been created. Give them the temporary password: they must choose their own when they first log in.`,
        },
      }),
  });
  return (
    <>
      <p>
        <Link to="/users">Back to users</Link>
      </p>
      <h1>Add a user</h1>
      <FormFrame
        form={form}
        submitLabel="Create account"
        secondaryAction={<DiscardChangesButton form={form} backTo="/users" label="Cancel and discard" />}
      >
        <TextField
          id="username"
          label="Username"
          hint="What they will type to log in. It cannot be changed later, and stays taken even if the account is disabled."
          width="medium"
          {...form.bind('username')}
        />
        <UserDetailsFields form={form} />
        <TextField
          id="temporaryPassword"
          label="Temporary password"
          hint={`${NEW_PASSWORD_HINT} Give it to them privately: they must choose their own password when they first log in.`}
          width="medium"
          {...form.bind('temporaryPassword')}
        />
      </FormFrame>
    </>
  );
}
