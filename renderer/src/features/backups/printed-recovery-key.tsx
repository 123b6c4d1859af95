import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type SubmitEvent } from 'react';
import { recoveryKeyGroups } from '../../../../shared/domain/auth/recovery-key';
import { call, type ApiError } from '../../api/client';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField } from '../../components/fields';
import './printed-recovery-key.css';

const NOT_CONFIRMED = 'Confirm that you have printed the recovery key or stored it somewhere safe';

/**
 * A recovery key made by main and shown once: it is kept only when the
 * administrator confirms they have printed or stored it, and is never shown
 * again. The sheet is what prints (printed-recovery-key.css).
 */
export function PrintedRecoveryKey() {
  // A one-off request, never a cached read: a refetch would show a different key.
  const generate = useMutation<{ key: string }, ApiError>({ mutationFn: () => call('backups:newRecoveryKey', {}) });
  const setKey = useWrite('backups:setRecoveryKey');
  const [stored, setStored] = useState(false);
  const [refused, setRefused] = useState(false);
  const server = errorState(setKey.error);
  const key = generate.data?.key;
  // Choosing a printed key makes one at once; the button below is only for trying again after a failure.
  const { mutate: makeKey } = generate;
  useEffect(() => makeKey(), [makeKey]);

  if (!key) {
    return (
      <>
        {generate.error ? (
          <p className="field-error" role="alert">
            {generate.error.message}
          </p>
        ) : null}
        <button type="button" className="button" disabled={generate.isPending} onClick={() => generate.mutate()}>
          {generate.isPending ? 'Making the key…' : 'Make a recovery key'}
        </button>
      </>
    );
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!stored) {
      setRefused(true);
      return;
    }
    setRefused(false);
    setKey.mutate({ recoveryKey: key });
  };

  return (
    <>
      <div className="recovery-key-sheet">
        <h2>Fostering Panel recovery key</h2>
        <p className="recovery-key" aria-label={`Recovery key: ${key}`}>
          {recoveryKeyGroups(key).map((group, index) => (
            <span key={index} className="recovery-key__group">
              {group}
            </span>
          ))}
        </p>
        <p>
          This key opens the records if this computer&apos;s key store is lost. Keep it locked away, apart from the
          computer and the backups. To use it, the system administrator runs <code>npm run recover-key</code> and types
          it in; capitals and hyphens do not matter.
        </p>
      </div>
      <p>It is shown only now. Print it, or copy it into your organisation&apos;s password safe, before you go on.</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print the recovery key
        </button>
      </div>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary
          message={refused ? 'Check the recovery key' : server.message}
          fieldErrors={refused ? { stored: NOT_CONFIRMED } : server.fieldErrors}
          fieldTargets={{ stored: 'recovery-key-stored', recoveryKey: 'recovery-key-stored' }}
        />
        <CheckboxField
          id="recovery-key-stored"
          label="I have printed the recovery key or stored it somewhere safe"
          checked={stored}
          onChange={setStored}
          error={refused ? NOT_CONFIRMED : undefined}
        />
        <button type="submit" className="button" disabled={setKey.isPending}>
          {setKey.isPending ? 'Saving…' : 'Use this recovery key'}
        </button>
      </form>
      <div role="status" className={setKey.data ? 'notice-banner' : undefined}>
        {setKey.data ? 'The recovery key is set.' : null}
      </div>
    </>
  );
}
