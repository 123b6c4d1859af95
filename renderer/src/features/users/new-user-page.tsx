import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { usePageTitle } from '../../components/use-page-title';
import { NEW_PASSWORD_HINT } from '../auth/password-check';
import { USER_FIELD_TARGETS, UserDetailsFields, type UserDetailsValues } from './user-fields';

const blank = (): UserDetailsValues & { username: string } => ({
  username: '',
  displayName: '',
  roles: [],
  memberId: '',
});

export function NewUserPage() {
  usePageTitle('Add a user');
  const navigate = useNavigate();
  const [values, setValues, discard] = useDraft('user:new', blank);
  // Shown as typed (the administrator has to pass it on) but not kept in the drafts: typed again if the form is left.
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const create = useWrite('users:create');
  const { message, fieldErrors } = errorState(create.error);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    create.mutate(
      { ...values, temporaryPassword },
      {
        onSuccess: (user) => {
          discard();
          void navigate(`/users/${user.id}`, {
            state: {
              notice: `An account for ${user.displayName} has been created. Give them the temporary password: they must choose their own when they first log in.`,
            },
          });
        },
      },
    );
  };

  return (
    <>
      <p>
        <Link to="/users">Back to users</Link>
      </p>
      <h1>Add a user</h1>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={USER_FIELD_TARGETS} />
        <TextField
          id="username"
          label="Username"
          hint="What they will type to log in. It cannot be changed later, and stays taken even if the account is disabled."
          width="medium"
          value={values.username}
          onChange={(username) => setValues({ ...values, username })}
          error={fieldErrors.username}
        />
        <UserDetailsFields
          values={values}
          onChange={(details) => setValues({ ...values, ...details })}
          fieldErrors={fieldErrors}
        />
        <TextField
          id="temporaryPassword"
          label="Temporary password"
          hint={`${NEW_PASSWORD_HINT} Give it to them privately: they must choose their own password when they first log in.`}
          width="medium"
          value={temporaryPassword}
          onChange={setTemporaryPassword}
          error={fieldErrors.temporaryPassword}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Create account'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              discard();
              void navigate('/users');
            }}
          >
            Cancel and discard
          </button>
        </div>
      </form>
    </>
  );
}
