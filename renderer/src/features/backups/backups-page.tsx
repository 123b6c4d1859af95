import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/schemas/backups';
import { useRead, useWrite } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime } from '../../format';
import { describeReason } from './backup-words';
import { BackupsTable } from './backups-table';
import { ExportSection } from './export-section';
import { PlainBackupsSection } from './plain-backups-section';
import { RecoverySection } from './recovery-section';
import { RestoreDialog } from './restore-dialog';
import { SettingsSection } from './settings-form';

export function BackupsPage() {
  usePageTitle('Backups');
  const overview = useRead('backups:list', {});
  const create = useWrite('backups:create');
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const made = create.data;
  return (
    <>
      <h1>Backups</h1>
      <p>
        The app backs up the database once a day when it starts, and checks each backup by opening it. Back up now
        before a big change.
      </p>
      <RecoverySection />
      <NoticeBanner
        message={made ? `Backed up. The backup made ${formatDateTime(made.createdAt)} has been checked.` : null}
      />
      {create.error ? (
        <div className="panel panel--error" role="alert">
          <h2>The backup failed</h2>
          <p>{create.error.message}</p>
        </div>
      ) : null}
      <LoadState query={overview} what="the backups">
        {(data) => (
          <>
            {data.lastFailure ? (
              <div className="panel panel--error" role="alert" aria-labelledby="backup-failure-heading">
                <h2 id="backup-failure-heading">A backup failed its check</h2>
                <p>
                  The backup made {formatDateTime(data.lastFailure.createdAt)} (
                  {describeReason(data.lastFailure.reason).toLowerCase()}) must not be relied on:{' '}
                  {data.lastFailure.problem ?? 'the reason was not recorded'}.
                </p>
                <p>Back up now, and if that fails too, tell your system administrator.</p>
              </div>
            ) : null}
            <p>
              Backups are kept in <span className="path">{data.folder}</span>
            </p>
            <div className="button-row">
              <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate({})}>
                {create.isPending ? 'Backing up…' : 'Back up now'}
              </button>
            </div>
            <BackupsTable backups={data.backups} onRestore={setRestoring} />
          </>
        )}
      </LoadState>
      <PlainBackupsSection />
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
      <ExportSection />
      <SettingsSection />
    </>
  );
}
