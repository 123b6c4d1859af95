import { useState, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';

/** Choosing the recovery passphrase, typed twice; the Backups page and the first-run step both use it. */
export function RecoveryPassphraseForm({ submitLabel = 'Set the recovery passphrase' }: { submitLabel?: string }) {
  const setRecovery = useWrite('backups:setRecovery');
  const [values, setValues] = useState({ passphrase: '', confirm: '' });
  const [mismatch, setMismatch] = useState<string | null>(null);
  const server = errorState(setRecovery.error);
  const fieldErrors: Record<string, string> = mismatch ? { confirm: mismatch } : server.fieldErrors;

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
    <>
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
          {setRecovery.isPending ? 'Saving…' : submitLabel}
        </button>
      </form>
      <div role="status" className={setRecovery.data ? 'notice-banner' : undefined}>
        {setRecovery.data ? 'The recovery passphrase is set.' : null}
      </div>
    </>
  );
}
