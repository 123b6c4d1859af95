import { useRead } from '../../api/hooks';
import { formatDateTime } from '../../format';
import { RecoveryChoice } from './recovery-choice';

const KIND_WORDS = { passphrase: 'A recovery passphrase', 'printed-key': 'A printed recovery key' } as const;

/**
 * The recovery passphrase or printed key: it wraps the key the database is
 * encrypted with, in a file beside the data, so the records can still be
 * opened if this computer's key store is lost. The administrator sets it at
 * first run (recovery-setup-page.tsx); here it can be replaced.
 */
export function RecoverySection() {
  const status = useRead('backups:recovery', {});
  const isSet = status.data?.set ?? false;
  const kind = status.data?.kind;
  return (
    <section className={isSet ? 'section' : 'panel panel--error'} aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{isSet ? 'Recovery' : 'Set a recovery passphrase or key now'}</h2>
      <p>
        The database is encrypted with a key kept in this computer&apos;s protected key store. If that store is lost (a
        new user profile, a reinstalled computer), the records can only be opened again with the recovery passphrase or
        printed recovery key. Keep it somewhere safe, apart from the computer.
      </p>
      {status.data ? (
        <p>
          {isSet && kind
            ? `${KIND_WORDS[kind]} was set ${formatDateTime(status.data.setAt ?? '')}. Setting a new one replaces it.`
            : 'No recovery passphrase or key has been set.'}{' '}
          The recovery file is <span className="path">{status.data.file}</span>
        </p>
      ) : null}
      <RecoveryChoice />
    </section>
  );
}
