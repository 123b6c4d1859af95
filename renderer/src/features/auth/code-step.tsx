import { useEffect } from 'react';
import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { AuthLayout } from './auth-layout';
import { useSessionWrite } from './session-actions';

/**
 * The second step of signing in from another computer: the 6-digit code the
 * user's authenticator app shows. `one-time-code` lets the browser or a
 * password manager offer it; a refusal is announced by the form's summary.
 */
export function CodeStep({ onStartAgain }: { onStartAgain: () => void }) {
  const form = useChannelForm({
    channel: 'auth:verifyCode',
    write: useSessionWrite('auth:verifyCode'),
    initial: () => ({ code: '' }),
    toInput: (values) => values,
    messageField: 'code',
    onRefused: (refused) => refused.set('code')(''),
  });
  // The page changed under the user's hands: take them to the one box it now asks for.
  useEffect(() => document.getElementById('code')?.focus(), []);
  return (
    <AuthLayout title="Enter your code">
      <p>Your password was right. This computer is not the host, so the service also asks for a code.</p>
      <FormFrame
        form={form}
        className=""
        submitLabel="Continue"
        savingLabel="Checking…"
        secondaryAction={
          <button type="button" className="button button--secondary" onClick={onStartAgain}>
            Start again
          </button>
        }
      >
        <TextField
          id="code"
          label="Enter the 6-digit code from your authenticator app"
          hint="A new code shows every 30 seconds. Each code can be used once."
          width="short"
          inputMode="numeric"
          autoComplete="one-time-code"
          {...form.bind('code')}
        />
      </FormFrame>
      <p className="hint">
        Lost your phone or the app? Ask a panel administrator to reset your second factor, then set it up again on the
        host computer.
      </p>
    </AuthLayout>
  );
}
