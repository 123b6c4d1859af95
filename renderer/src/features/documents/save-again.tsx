import { useWrite } from '../../api/hooks';

/** "Save again": main writes an issued document's stored bytes to a new file, and this says where. */
export function SaveAgain({ documentId, name }: { documentId: string; name: string }) {
  const reissue = useWrite('documents:reissue');
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
            Saved to <span className="path">{reissue.data.path}</span>
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
