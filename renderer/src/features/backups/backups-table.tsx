import type { BackupInfo } from '../../../../shared/schemas/backups';
import { formatBytes, formatDateTime } from '../../format';
import { describeReason } from './backup-words';

/** Every backup in the folder, newest first; only verified ones can be restored. */
export function BackupsTable({
  backups,
  onRestore,
}: {
  backups: BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
}) {
  if (backups.length === 0) return <p>There are no backups in this folder yet.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Why</th>
          <th scope="col" className="numeric">
            Size
          </th>
          <th scope="col">Check</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name}>
            <td>
              {formatDateTime(backup.createdAt)}
              <br />
              <span className="hint path">{backup.name}</span>
            </td>
            <td>{describeReason(backup.reason)}</td>
            <td className="numeric">{formatBytes(backup.sizeBytes)}</td>
            <td>
              {backup.verified ? (
                <span className="tag">Verified</span>
              ) : (
                <>
                  <span className="tag tag--failed">Failed</span> {backup.problem}
                </>
              )}
            </td>
            <td>
              {backup.verified ? (
                <button type="button" className="link-button" onClick={() => onRestore(backup)}>
                  Restore
                  <span className="visually-hidden">
                    {' '}
                    the backup made {formatDateTime(backup.createdAt)} ({describeReason(backup.reason)})
                  </span>
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
