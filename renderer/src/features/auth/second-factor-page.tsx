import { useState } from 'react';
import type { SecondFactorEnrolment, SecondFactorStatus } from '../../../../shared/schemas/second-factor';
import { useRead, useWrite } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime } from '../../format';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

/**
 * The user's own second factor: an authenticator app on their phone (TOTP).
 * Set up here; from then on, when the administrator requires it, signing in
 * from a computer other than the host asks for the app's code too.
 */
export function SecondFactorPage() {
  usePageTitle('Second factor');
  const status = useRead('auth:secondFactor', {});
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <NoticeBanner message={notice} />
      <h1>Second factor</h1>
      <p>
        A second factor is an authenticator app on your phone (for example Microsoft Authenticator or Google
        Authenticator). It shows a new 6-digit code every 30 seconds; someone who learns your password still cannot sign
        in without it.
      </p>
      <LoadState query={status} what="your second factor">
        {(loaded) => <SecondFactorSection status={loaded} onDone={setNotice} />}
      </LoadState>
    </>
  );
}

function SecondFactorSection({ status, onDone }: { status: SecondFactorStatus; onDone: (notice: string) => void }) {
  const begin = useWrite('auth:beginSecondFactor');
  const required = status.requiredForSeats
    ? 'The administrator requires it when you sign in from a computer other than the host.'
    : 'The administrator does not require it at the moment.';
  if (status.enrolled) {
    return (
      <section className="section" aria-labelledby="factor-heading">
        <h2 id="factor-heading">Set up</h2>
        <p>
          Your second factor was set up on {status.enrolledAt ? formatDateTime(status.enrolledAt) : 'an earlier day'}.{' '}
          {required}
        </p>
        <p className="hint">
          To move it to another phone, ask a panel administrator to reset it, then set it up again here.
        </p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="factor-heading">
      <h2 id="factor-heading">Not set up</h2>
      <p>{required}</p>
      {begin.data ? (
        <ConfirmEnrolment enrolment={begin.data} onConfirmed={() => onDone('Your second factor is set up.')} />
      ) : (
        <>
          {begin.error ? (
            <p className="field-error" role="alert">
              {begin.error.message}
            </p>
          ) : null}
          <button type="button" className="button" disabled={begin.isPending} onClick={() => begin.mutate({})}>
            Set up a second factor
          </button>
        </>
      )}
    </section>
  );
}

function ConfirmEnrolment({ enrolment, onConfirmed }: { enrolment: SecondFactorEnrolment; onConfirmed: () => void }) {
  const form = useChannelForm({
    channel: 'auth:confirmSecondFactor',
    initial: () => ({ code: '' }),
    toInput: (values) => values,
    messageField: 'code',
    onSaved: onConfirmed,
    onRefused: (refused) => refused.set('code')(''),
  });
  return (
    <>
      <ol className="steps">
        <li>
          <p>Open your authenticator app, choose to add an account, and scan this code with your phone’s camera.</p>
          <img
            src={enrolment.qrCode}
            width={240}
            height={240}
            alt={`QR code to add ${enrolment.accountName} at ${enrolment.issuer} to an authenticator app`}
          />
        </li>
        <li>
          <p>
            If you cannot scan it, choose to enter a key by hand and type this key (account {enrolment.accountName}):
          </p>
          <p>
            <code className="secret-key" aria-label="Key to type into the app">
              {enrolment.secret}
            </code>
          </p>
        </li>
        <li>
          <p>Type the code the app now shows, to confirm it works. The key is not shown again.</p>
        </li>
      </ol>
      <FormFrame form={form} className="" submitLabel="Confirm" savingLabel="Checking…">
        <TextField
          id="code"
          label="Enter the 6-digit code from your authenticator app"
          width="short"
          inputMode="numeric"
          autoComplete="one-time-code"
          {...form.bind('code')}
        />
      </FormFrame>
    </>
  );
}
