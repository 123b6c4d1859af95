import type { SessionInfo } from '../../../../shared/schemas/auth';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
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
  const logout = useLogout();
  const form = useChannelForm({
    channel: 'auth:unlock',
    write: useSessionWrite('auth:unlock'),
    initial: () => ({ password: '' }),
    toInput: (values) => values,
    // Whatever went wrong (wrong password, a wait) is about the password: say it there in full, and it is typed afresh.
    messageField: 'password',
    fieldTargets: { password: 'unlock-password' },
    onRefused: (refused) => refused.set('password')(''),
  });
  return (
    <FormFrame
      form={form}
      className=""
      header={
        <p>
          {session.displayName} is logged in. Enter your password to carry on: anything you were typing is still there.
        </p>
      }
      footer={
        <>
          <div className="button-row">
            <SubmitButton form={form} label="Unlock" savingLabel="Unlocking…" />
            <button type="button" className="button button--secondary" onClick={() => logout.mutate()}>
              Log out instead
            </button>
          </div>
          <p className="hint">If you log out, anything not yet saved may be lost.</p>
        </>
      }
    >
      <TextField
        id="unlock-password"
        label="Password"
        type="password"
        width="medium"
        autoComplete="current-password"
        initialFocus
        {...form.bind('password')}
      />
    </FormFrame>
  );
}
