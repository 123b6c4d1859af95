import { DownloadsOff, useDownloadsAllowed } from '../../components/downloads-off';
import { useSavingWrite } from '../../api/saved-file';
import { SavedPath } from '../../components/saved-path';

/** "Save again": main writes an issued document's stored bytes to a new file (a download in browser mode), and this says where. */
export function SaveAgain({ documentId, name }: { documentId: string; name: string }) {
  const reissue = useSavingWrite('documents:reissue');
  if (!useDownloadsAllowed()) return <DownloadsOff what={`Save again: ${name}`} />;
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={reissue.isPending}
        aria-label={`Save again: ${name}`}
        onClick={() => reissue.mutate({ id: documentId })}
      >
        Save again
      </button>
      <div role="status">
        {reissue.data ? (
          <>
            Saved to <SavedPath path={reissue.data.path} />
          </>
        ) : null}
      </div>
      {reissue.error ? (
        <p className="field-error" role="alert">
          {reissue.error.message}
        </p>
      ) : null}
    </>
  );
}
