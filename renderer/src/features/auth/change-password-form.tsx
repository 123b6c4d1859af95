import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { confirmationCheck, NEW_PASSWORD_HINT } from './password-check';
import { useSessionWrite } from './session-actions';

/** Current password, new password, and the new one again; used when a change is required and when chosen. */
export function ChangePasswordForm({ onChanged, secondary }: { onChanged: () => void; secondary?: React.ReactNode }) {
  const form = useChannelForm({
    channel: 'auth:changePassword',
    write: useSessionWrite('auth:changePassword'),
    initial: () => ({ currentPassword: '', newPassword: '', confirmPassword: '' }),
    precheck: (values) => confirmationCheck('Check the new password', values.newPassword, values.confirmPassword),
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    onSaved: onChanged,
  });
  return (
    <FormFrame form={form} submitLabel="Change password" secondaryAction={secondary}>
      <TextField
        id="currentPassword"
        label="Current password"
        hint="If an administrator gave you a temporary password, type that."
        type="password"
        width="medium"
        autoComplete="current-password"
        {...form.bind('currentPassword')}
      />
      <TextField
        id="newPassword"
        label="New password"
        hint={NEW_PASSWORD_HINT}
        type="password"
        width="medium"
        autoComplete="new-password"
        {...form.bind('newPassword')}
      />
      <TextField
        id="confirmPassword"
        label="Confirm new password"
        type="password"
        width="medium"
        autoComplete="new-password"
        {...form.bind('confirmPassword')}
      />
    </FormFrame>
  );
}
