import { useState, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { formatDateTime } from '../../format';

/**
 * The recovery passphrase: it wraps the key the database is encrypted with,
 * in a file beside the data, so the records can still be opened if this
 * computer's key store is lost. Shown first, as a warning, until it is set.
 */
export function RecoverySection() {
  const status = useRead('backups:recovery', {});
  const setRecovery = useWrite('backups:setRecovery');
  const [values, setValues] = useState({ passphrase: '', confirm: '' });
  const [mismatch, setMismatch] = useState<string | null>(null);
  const server = errorState(setRecovery.error);
  const fieldErrors: Record<string, string> = mismatch ? { confirm: mismatch } : server.fieldErrors;
  const isSet = status.data?.set ?? false;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (values.passphrase !== values.confirm) {
      setMismatch('The two passphrases are different');
      setRecovery.reset();
      return;
    }
    setMismatch(null);
    setRecovery.mutate(
      { passphrase: values.passphrase },
      { onSuccess: () => setValues({ passphrase: '', confirm: '' }) },
    );
  };

  return (
    <section className={isSet ? 'section' : 'panel panel--error'} aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{isSet ? 'Recovery passphrase' : 'Set a recovery passphrase now'}</h2>
      <p>
        The database is encrypted with a key kept in this computer&apos;s protected key store. If that store is lost (a
        new user profile, a reinstalled computer), the records can only be opened again with the recovery passphrase.
        Write it down and keep it somewhere safe, apart from the computer.
      </p>
      {status.data ? (
        <p>
          {isSet
            ? `Set ${formatDateTime(status.data.setAt ?? '')}. Setting it again replaces the old one.`
            : 'No recovery passphrase has been set.'}{' '}
          The recovery file is <span className="path">{status.data.file}</span>
        </p>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary
          message={mismatch ? 'Check the passphrase' : server.message}
          fieldErrors={fieldErrors}
          fieldTargets={{ passphrase: 'recovery-passphrase', confirm: 'recovery-confirm' }}
        />
        <TextField
          id="recovery-passphrase"
          label="Recovery passphrase"
          hint="At least 12 characters. Several unrelated words are easy to write down and hard to guess."
          type="password"
          width="medium"
          autoComplete="new-password"
          value={values.passphrase}
          onChange={(passphrase) => setValues({ ...values, passphrase })}
          error={fieldErrors.passphrase}
        />
        <TextField
          id="recovery-confirm"
          label="Recovery passphrase again"
          type="password"
          width="medium"
          autoComplete="new-password"
          value={values.confirm}
          onChange={(confirm) => setValues({ ...values, confirm })}
          error={fieldErrors.confirm}
        />
        <button type="submit" className="button" disabled={setRecovery.isPending}>
          {setRecovery.isPending ? 'Saving…' : 'Set the recovery passphrase'}
        </button>
      </form>
      <div role="status" className={setRecovery.data ? 'notice-banner' : undefined}>
        {setRecovery.data ? 'The recovery passphrase is set.' : null}
      </div>
    </section>
  );
}
