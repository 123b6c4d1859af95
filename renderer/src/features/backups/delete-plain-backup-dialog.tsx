import type { PlainBackup } from '../../../../shared/schemas/backups';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { formatDateTime } from '../../format';

/**
 * Deleting a backup made before encryption cannot be undone, and may not even
 * wipe it: the dialog names the file and says where a copy may outlive it.
 */
export function DeletePlainBackupDialog({ backup, onClose }: { backup: PlainBackup | null; onClose: () => void }) {
  const remove = useWrite('backups:deletePlain');
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog open={backup !== null} title="Delete this unencrypted backup?" onClose={close}>
      {backup ? (
        <>
          <p>
            <span className="path">{backup.name}</span>, last changed {formatDateTime(backup.modifiedAt)}, will be
            deleted from the backup folder. It cannot be restored afterwards.
          </p>
          <p>
            Deleted files may persist on some disks (solid state drives, copy-on-write or network file systems, and any
            copies of the backup folder) until that space is overwritten. Encrypt it instead if you may need it.
          </p>
          {remove.error ? (
            <p className="field-error" role="alert">
              {remove.error.message}
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button--warning"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ name: backup.name }, { onSuccess: close })}
            >
              {remove.isPending ? 'Deleting…' : 'Delete the backup'}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
