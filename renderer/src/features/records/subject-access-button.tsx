import { DownloadsOff, useDownloadsAllowed } from '../../components/downloads-off';
import { useSavingWrite } from '../../api/saved-file';
import { SavedPath } from '../../components/saved-path';
import { formatBytes } from '../../format';

/**
 * Exports everything held about one household (a subject access request):
 * main builds the zip and asks where to save it; the page never gives a path.
 */
export function SubjectAccessButton({ householdId }: { householdId: string }) {
  const exportRecords = useSavingWrite('records:exportSubjectAccess');
  if (!useDownloadsAllowed()) return <DownloadsOff what="Export everything held (subject access)" />;
  return (
    <div className="download">
      <button
        type="button"
        className="button button--secondary"
        disabled={exportRecords.isPending}
        onClick={() => exportRecords.mutate({ id: householdId })}
      >
        Export everything held (subject access)
      </button>
      <div role="status">
        {exportRecords.isPending ? 'Preparing the export…' : null}
        {exportRecords.data ? (
          <>
            Saved to <SavedPath path={exportRecords.data.path} /> ({formatBytes(exportRecords.data.sizeBytes)},{' '}
            {exportRecords.data.letters} {exportRecords.data.letters === 1 ? 'letter' : 'letters'}).
          </>
        ) : null}
      </div>
      {exportRecords.error ? (
        <p className="field-error" role="alert">
          {exportRecords.error.message}
        </p>
      ) : null}
    </div>
  );
}
