import { useState, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { AuthLayout } from './auth-layout';
import { useLoginNotice, useSessionWrite } from './session-actions';

export function LoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const notice = useLoginNotice();
  const login = useSessionWrite('auth:login');
  const refusal = errorState(login.error);
  const { message } = refusal;
  // A wrong password or a wait is about the whole attempt: say it beside the password, where the user looks next.
  const fieldErrors =
    message && Object.keys(refusal.fieldErrors).length === 0 ? { password: message } : refusal.fieldErrors;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    login.mutate(
      { username, password },
      // The username stays as typed; the password is typed afresh.
      { onError: () => setPassword('') },
    );
  };

  return (
    <AuthLayout title="Log in">
      <NoticeBanner message={notice} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary message={message} fieldErrors={fieldErrors} />
        <TextField
          id="username"
          label="Username"
          width="medium"
          autoComplete="username"
          value={username}
          onChange={setUsername}
          error={fieldErrors.username}
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          width="medium"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={login.isPending}>
            {login.isPending ? 'Logging in…' : 'Log in'}
          </button>
        </div>
      </form>
      <p className="hint">If you have forgotten your password, ask a panel administrator to reset it.</p>
    </AuthLayout>
  );
}
