import { useState } from 'react';
import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm, type FormWrite } from '../../forms/use-channel-form';
import { NoticeBanner } from '../../components/notice-banner';
import { ApiError } from '../../api/client';
import { AuthLayout } from './auth-layout';
import { useLoginNotice, useSessionWrite } from './session-actions';
import { SeatNameField } from './seat-name-field';
import { CodeStep } from './code-step';

/**
 * Signing in: the password, then, from another computer when the
 * administrator requires a second factor, the code from the authenticator app
 * (the backend answers SECOND_FACTOR_REQUIRED and starts no session until then).
 */
export function LoginPage() {
  const [step, setStep] = useState<'password' | 'code'>('password');
  if (step === 'code') return <CodeStep onStartAgain={() => setStep('password')} />;
  return <PasswordStep onCodeNeeded={() => setStep('code')} />;
}

function PasswordStep({ onCodeNeeded }: { onCodeNeeded: () => void }) {
  const notice = useLoginNotice();
  const login = useSessionWrite('auth:login');
  const write: FormWrite<'auth:login'> = {
    isPending: login.isPending,
    mutate: (input, callbacks) =>
      login.mutate(input, {
        onSuccess: callbacks.onSuccess,
        onError: (error) =>
          error instanceof ApiError && error.error.code === 'SECOND_FACTOR_REQUIRED'
            ? onCodeNeeded()
            : callbacks.onError(error),
      }),
  };
  const form = useChannelForm({
    channel: 'auth:login',
    write,
    initial: () => ({ username: '', password: '' }),
    toInput: (values) => values,
    // A wrong password or a wait is about the whole attempt: say it beside the password, where the user looks next.
    messageField: 'password',
    // The username stays as typed; the password is typed afresh.
    onRefused: (refused) => refused.set('password')(''),
  });

  return (
    <AuthLayout title="Log in">
      <NoticeBanner message={notice} />
      <SeatNameField />
      <FormFrame form={form} className="" submitLabel="Log in" savingLabel="Logging in…">
        <TextField id="username" label="Username" width="medium" autoComplete="username" {...form.bind('username')} />
        <TextField
          id="password"
          label="Password"
          type="password"
          width="medium"
          autoComplete="current-password"
          {...form.bind('password')}
        />
      </FormFrame>
      <p className="hint">If you have forgotten your password, ask a panel administrator to reset it.</p>
    </AuthLayout>
  );
}
