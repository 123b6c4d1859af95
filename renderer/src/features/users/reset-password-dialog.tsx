import { useState, type SubmitEvent } from 'react';
import type { UserSummary } from '../../../../shared/schemas/users';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
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
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const reset = useWrite('users:resetPassword');
  const { message, fieldErrors } = errorState(reset.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    reset.mutate(
      { id: user.id, temporaryPassword },
      {
        onSuccess: (saved) =>
          onSaved(
            `${saved.displayName}’s password has been reset. Give them the temporary password: they must choose a new password when they next log in.`,
          ),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>Their current password will stop working. They must choose a new password the next time they log in.</p>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <TextField
        id="temporaryPassword"
        label="Temporary password"
        hint={NEW_PASSWORD_HINT}
        width="medium"
        initialFocus
        value={temporaryPassword}
        onChange={setTemporaryPassword}
        error={fieldErrors.temporaryPassword}
      />
      <DialogButtons submitLabel="Reset password" pending={reset.isPending} onCancel={onClose} />
    </form>
  );
}
