import { DownloadsOff, useDownloadsAllowed } from '../../components/downloads-off';
import { useState, type SubmitEvent } from 'react';
import { useSavingWrite } from '../../api/saved-file';
import { SavedPath } from '../../components/saved-path';
import { errorState } from '../../api/error-state';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { formatBytes } from '../../format';

/**
 * The whole database as one encrypted file, for handing over or keeping
 * elsewhere: the administrator chooses the passphrase that opens it.
 */
export function ExportSection() {
  const [passphrase, setPassphrase] = useState('');
  const exportDatabase = useSavingWrite('backups:exportDatabase');
  const saved = exportDatabase.data;
  const server = errorState(exportDatabase.error);
  const allowed = useDownloadsAllowed();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    exportDatabase.mutate({ passphrase }, { onSuccess: () => setPassphrase('') });
  };

  return (
    <section className="section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export the whole database, encrypted</h2>
      <p>
        Saves a copy of everything in one encrypted file that only your passphrase opens (SQLCipher 4: DB Browser for
        SQLite or the sqlcipher tool can read it). It holds personal information about panel members and families: keep
        the file and the passphrase apart, and delete the file when it is no longer needed.
      </p>
      {allowed ? null : <DownloadsOff what="The export" />}
      {allowed ? (
        <form onSubmit={submit} noValidate className="form">
          <ErrorSummary
            message={server.message}
            fieldErrors={server.fieldErrors}
            fieldTargets={{ passphrase: 'export-passphrase' }}
          />
          <TextField
            id="export-passphrase"
            label="Passphrase for the export"
            hint="At least 12 characters. Without it nobody can open the file, and it cannot be recovered."
            type="password"
            width="medium"
            autoComplete="new-password"
            value={passphrase}
            onChange={setPassphrase}
            error={server.fieldErrors.passphrase}
          />
          <button type="submit" className="button button--secondary" disabled={exportDatabase.isPending}>
            {exportDatabase.isPending ? 'Exporting…' : 'Export the whole database'}
          </button>
        </form>
      ) : null}
      <div role="status" className={saved ? 'notice-banner' : undefined}>
        {saved ? (
          <>
            Saved, encrypted with your passphrase, to <SavedPath path={saved.path} /> ({formatBytes(saved.sizeBytes)}).
          </>
        ) : null}
      </div>
    </section>
  );
}
