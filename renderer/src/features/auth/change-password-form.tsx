import { useState, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { confirmationProblem, NEW_PASSWORD_HINT } from './password-check';
import { useSessionWrite } from './session-actions';

/** Current password, new password, and the new one again; used when a change is required and when chosen. */
export function ChangePasswordForm({ onChanged, secondary }: { onChanged: () => void; secondary?: React.ReactNode }) {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const change = useSessionWrite('auth:changePassword');
  const server = errorState(change.error);
  const fieldErrors = { ...server.fieldErrors, ...clientErrors };
  const message = Object.keys(clientErrors).length > 0 ? 'Check the new password' : server.message;
  const set = (key: keyof typeof values) => (value: string) => setValues({ ...values, [key]: value });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problems = confirmationProblem(values.newPassword, values.confirmPassword);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      change.reset();
      return;
    }
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: onChanged },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <TextField
        id="currentPassword"
        label="Current password"
        hint="If an administrator gave you a temporary password, type that."
        type="password"
        width="medium"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={fieldErrors.currentPassword}
      />
      <TextField
        id="newPassword"
        label="New password"
        hint={NEW_PASSWORD_HINT}
        type="password"
        width="medium"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={set('newPassword')}
        error={fieldErrors.newPassword}
      />
      <TextField
        id="confirmPassword"
        label="Confirm new password"
        type="password"
        width="medium"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={set('confirmPassword')}
        error={fieldErrors.confirmPassword}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : 'Change password'}
        </button>
        {secondary}
      </div>
    </form>
  );
}
