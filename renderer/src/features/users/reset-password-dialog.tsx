import type { UserSummary } from '../../../../shared/schemas/users';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { NEW_PASSWORD_HINT } from '../auth/password-check';

/** A new temporary password for someone who has forgotten theirs; they choose their own at next login. */
export function ResetPasswordDialog(props: {
  user: UserSummary;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog open={props.open} title={`Reset ${props.user.displayName}’s password`} onClose={props.onClose}>
      <ResetForm {...props} />
    </Dialog>
  );
}

function ResetForm({
  user,
  onClose,
  onSaved,
}: {
  user: UserSummary;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const form = useChannelForm({
    channel: 'users:resetPassword',
    initial: () => ({ temporaryPassword: '' }),
    toInput: (values) => ({ id: user.id, temporaryPassword: values.temporaryPassword }),
    onSaved: (saved) =>
      onSaved(
        `${saved.displayName}’s password has been reset. Give them the temporary password: they must choose a new password when they next log in.`,
      ),
  });
  return (
    <FormFrame
      form={form}
      submitLabel="Reset password"
      onCancel={onClose}
      header={
        <p>Their current password will stop working. They must choose a new password the next time they log in.</p>
      }
    >
      <TextField
        id="temporaryPassword"
        label="Temporary password"
        hint={NEW_PASSWORD_HINT}
        width="medium"
        initialFocus
        {...form.bind('temporaryPassword')}
      />
    </FormFrame>
  );
}
