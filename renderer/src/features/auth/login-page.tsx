import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { NoticeBanner } from '../../components/notice-banner';
import { AuthLayout } from './auth-layout';
import { useLoginNotice, useSessionWrite } from './session-actions';
import { SeatNameField } from './seat-name-field';

export function LoginPage() {
  const notice = useLoginNotice();
  const form = useChannelForm({
    channel: 'auth:login',
    write: useSessionWrite('auth:login'),
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
