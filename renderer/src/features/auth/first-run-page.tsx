import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { AuthLayout } from './auth-layout';
import { confirmationCheck, NEW_PASSWORD_HINT } from './password-check';
import { useSessionWrite } from './session-actions';
import { SeatNameField } from './seat-name-field';

/** An empty database: the person setting it up becomes the first administrator. */
export function FirstRunPage() {
  const form = useChannelForm({
    channel: 'auth:createFirstAdministrator',
    write: useSessionWrite('auth:createFirstAdministrator'),
    initial: () => ({ username: '', displayName: '', password: '', confirmPassword: '' }),
    precheck: (values) => confirmationCheck('Check the password', values.password, values.confirmPassword),
    toInput: ({ username, displayName, password }) => ({ username, displayName, password }),
  });
  return (
    <AuthLayout title="Set up Fostering Panel">
      <p>
        This is a new database with no accounts yet. Create the first administrator’s account: they can then give
        everyone else an account.
      </p>
      <SeatNameField />
      <FormFrame
        form={form}
        className=""
        submitLabel="Create the administrator account"
        savingLabel="Creating the account…"
      >
        <TextField
          id="username"
          label="Username"
          hint="What you will type to log in. Letters, numbers, dots, hyphens, underscores and @."
          width="medium"
          autoComplete="username"
          {...form.bind('username')}
        />
        <TextField id="displayName" label="Full name" autoComplete="name" {...form.bind('displayName')} />
        <TextField
          id="password"
          label="Password"
          hint={NEW_PASSWORD_HINT}
          type="password"
          width="medium"
          autoComplete="new-password"
          {...form.bind('password')}
        />
        <TextField
          id="confirmPassword"
          label="Confirm password"
          type="password"
          width="medium"
          autoComplete="new-password"
          {...form.bind('confirmPassword')}
        />
      </FormFrame>
    </AuthLayout>
  );
}
