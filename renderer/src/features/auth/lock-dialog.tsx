import { useState, type SubmitEvent } from 'react';
import type { SessionInfo } from '../../../../shared/schemas/auth';
import { errorState } from '../../api/error-state';
import { Dialog } from '../../components/dialog';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { useLogout, useSessionWrite } from './session-actions';

/**
 * Over the app, which stays mounted (and inert) beneath it so nothing typed
 * is lost. Only the password, or logging out, gets past it.
 */
export function LockDialog({ session, open }: { session: SessionInfo; open: boolean }) {
  return (
    <Dialog open={open} title="The window is locked" dismissible={false} onClose={() => undefined}>
      <UnlockForm session={session} />
    </Dialog>
  );
}

function UnlockForm({ session }: { session: SessionInfo }) {
  const [password, setPassword] = useState('');
  const unlock = useSessionWrite('auth:unlock');
  const logout = useLogout();
  const refusal = errorState(unlock.error);
  // Whatever went wrong (wrong password, a wait) is about the password: say it there in full.
  const fieldErrors: Record<string, string> = refusal.message ? { password: refusal.message } : {};

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    unlock.mutate({ password }, { onError: () => setPassword('') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>
        {session.displayName} is logged in. Enter your password to carry on: anything you were typing is still there.
      </p>
      <ErrorSummary
        message={refusal.message}
        fieldErrors={fieldErrors}
        fieldTargets={{ password: 'unlock-password' }}
      />
      <TextField
        id="unlock-password"
        label="Password"
        type="password"
        width="medium"
        autoComplete="current-password"
        initialFocus
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={unlock.isPending}>
          {unlock.isPending ? 'Unlocking…' : 'Unlock'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => logout.mutate()}>
          Log out instead
        </button>
      </div>
      <p className="hint">If you log out, anything not yet saved may be lost.</p>
    </form>
  );
}
