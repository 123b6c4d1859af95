import { savedPlace } from '../api/saved-file';

/** Where a saved file went, after "Saved to": its path on the desktop, or the browser's downloads and its name. */
export function SavedPath({ path }: { path: string }) {
  const { where, file } = savedPlace(path);
  return (
    <>
      {where}
      <span className="path">{file}</span>
    </>
  );
}

/**
 * What became of a save: "Saved to …" in a live region once it is done, or the
 * reason it failed. The same under every button that makes a file.
 */
export function SavedFileOutcome({ path, error }: { path: string | undefined; error: string | null | undefined }) {
  return (
    <>
      <div role="status" className={path ? 'notice-banner' : undefined}>
        {path ? (
          <>
            Saved to <SavedPath path={path} />
          </>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
