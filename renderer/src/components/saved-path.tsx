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
