import type { PlainBackup } from '../../../../shared/schemas/backups';
import { useWrite } from '../../api/hooks';
import { ConfirmDialog } from '../../components/confirm-dialog';
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
    <ConfirmDialog
      open={backup !== null}
      title="Delete this unencrypted backup?"
      confirmLabel={remove.isPending ? 'Deleting…' : 'Delete the backup'}
      keepLabel="Cancel"
      busy={remove.isPending}
      error={remove.error?.message ?? null}
      onConfirm={() => {
        if (backup) remove.mutate({ name: backup.name }, { onSuccess: close });
      }}
      onClose={close}
    >
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
        </>
      ) : null}
    </ConfirmDialog>
  );
}
