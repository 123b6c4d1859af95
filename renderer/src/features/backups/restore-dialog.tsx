import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupInfo } from '../../../../shared/schemas/backups';
import { call, type ApiError } from '../../api/client';
import { Dialog } from '../../components/dialog';
import { formatDateTime } from '../../format';
import { setLoginNotice } from '../auth/session-actions';
import { describeReason } from './backup-words';

/**
 * Restoring replaces everything with the backup. The backend backs up the
 * current database first and ends every session, so everyone logs in again.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupInfo | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  // Options-level callbacks: the app unmounts (sessions have ended) before a per-call callback could run.
  const restore = useMutation<BackupInfo, ApiError, string>({
    mutationFn: (name) => call('backups:restore', { name }),
    onSuccess: (restored) => {
      setLoginNotice(
        `The backup made on ${formatDateTime(restored.createdAt)} has been restored. Log in again to carry on.`,
      );
      void queryClient.invalidateQueries();
    },
  });
  const close = () => {
    restore.reset();
    onClose();
  };
  return (
    <Dialog open={backup !== null} title="Restore this backup?" onClose={close}>
      {backup ? (
        <>
          <p>
            The database will go back to how it was on <strong>{formatDateTime(backup.createdAt)}</strong> (
            {describeReason(backup.reason).toLowerCase()}). Anything recorded since then will no longer be in it.
          </p>
          <p>
            The current database is backed up first, so this can be undone by restoring that copy. Everyone using the
            app, including you, will need to log in again.
          </p>
          {restore.error ? (
            <p className="field-error" role="alert">
              {restore.error.message}
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button--warning"
              disabled={restore.isPending}
              onClick={() => restore.mutate(backup.name)}
            >
              {restore.isPending ? 'Restoring…' : 'Restore this backup'}
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
