import { useState } from 'react';
import type { PlainBackup } from '../../../../shared/schemas/backups';
import { useRead, useWrite } from '../../api/hooks';
import { formatBytes, formatDateTime } from '../../format';
import { DeletePlainBackupDialog } from './delete-plain-backup-dialog';

/**
 * Backups made before the database was encrypted are readable by anyone with
 * the files: each is listed until the administrator encrypts or deletes it
 * (after a confirmation naming the file).
 */
export function PlainBackupsSection() {
  const plain = useRead('backups:plainList', {});
  const encrypt = useWrite('backups:encryptPlain');
  const [deleting, setDeleting] = useState<PlainBackup | null>(null);
  const busy = encrypt.isPending;
  const problem = encrypt.error;
  if (!plain.data || plain.data.length === 0) return null;
  return (
    <section className="panel panel--error" aria-labelledby="plain-backups-heading">
      <h2 id="plain-backups-heading">Backups made before encryption</h2>
      <p>
        These backups were made before the database was encrypted: anyone who can reach the files can read them. Encrypt
        each one you may need to restore, and delete the rest. Deleted files may persist on some disks (solid state
        drives, copy-on-write or network file systems, and any copies of the backup folder) until that space is
        overwritten.
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <table className="table">
        <caption className="visually-hidden">Unencrypted backups</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Last changed</th>
            <th scope="col">Size</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {plain.data.map((backup) => (
            <tr key={backup.name}>
              <td>
                <span className="path">{backup.name}</span>
              </td>
              <td>{formatDateTime(backup.modifiedAt)}</td>
              <td>{formatBytes(backup.sizeBytes)}</td>
              <td>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    aria-label={`Encrypt ${backup.name}`}
                    onClick={() => encrypt.mutate({ name: backup.name })}
                  >
                    Encrypt
                  </button>
                  <button
                    type="button"
                    className="button button--warning"
                    disabled={busy}
                    aria-label={`Delete ${backup.name}`}
                    onClick={() => setDeleting(backup)}
                  >
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Once deleted it leaves the list; the dialog never opens again on a name that is gone. */}
      <DeletePlainBackupDialog
        backup={deleting && plain.data.some((b) => b.name === deleting.name) ? deleting : null}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
