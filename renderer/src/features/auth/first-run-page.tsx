import { useState, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { AuthLayout } from './auth-layout';
import { confirmationProblem, NEW_PASSWORD_HINT } from './password-check';
import { useSessionWrite } from './session-actions';

/** An empty database: the person setting it up becomes the first administrator. */
export function FirstRunPage() {
  const [values, setValues] = useState({ username: '', displayName: '', password: '', confirmPassword: '' });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useSessionWrite('auth:createFirstAdministrator');
  const server = errorState(create.error);
  const fieldErrors = { ...server.fieldErrors, ...clientErrors };
  const message = Object.keys(clientErrors).length > 0 ? 'Check the password' : server.message;
  const set = (key: keyof typeof values) => (value: string) => setValues({ ...values, [key]: value });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problems = confirmationProblem(values.password, values.confirmPassword);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      create.reset();
      return;
    }
    create.mutate({ username: values.username, displayName: values.displayName, password: values.password });
  };

  return (
    <AuthLayout title="Set up Fostering Panel">
      <p>
        This is a new database with no accounts yet. Create the first administrator’s account: they can then give
        everyone else an account.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary message={message} fieldErrors={fieldErrors} />
        <TextField
          id="username"
          label="Username"
          hint="What you will type to log in. Letters, numbers, dots, hyphens, underscores and @."
          width="medium"
          autoComplete="username"
          value={values.username}
          onChange={set('username')}
          error={fieldErrors.username}
        />
        <TextField
          id="displayName"
          label="Full name"
          autoComplete="name"
          value={values.displayName}
          onChange={set('displayName')}
          error={fieldErrors.displayName}
        />
        <TextField
          id="password"
          label="Password"
          hint={NEW_PASSWORD_HINT}
          type="password"
          width="medium"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={fieldErrors.password}
        />
        <TextField
          id="confirmPassword"
          label="Confirm password"
          type="password"
          width="medium"
          autoComplete="new-password"
          value={values.confirmPassword}
          onChange={set('confirmPassword')}
          error={fieldErrors.confirmPassword}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Creating the account…' : 'Create the administrator account'}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
