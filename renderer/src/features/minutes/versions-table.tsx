import type { MinutesView } from '../../../../shared/schemas/minutes';
import { formatDateTime } from '../../format';
import { contentReference } from './minutes-words';

/** Every saved version, newest first: nothing saved is ever overwritten. */
export function VersionsTable({ view }: { view: MinutesView }) {
  if (view.versions.length === 0) return null;
  const approved = view.approval?.versionNumber;
  return (
    <section className="section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Saved versions</h2>
      <table className="table">
        <caption className="visually-hidden">Saved versions of the minutes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">Content reference</th>
            <th scope="col">Reason for the change</th>
          </tr>
        </thead>
        <tbody>
          {view.versions.map((v) => (
            <tr key={v.number}>
              <th scope="row">
                {v.number}
                {v.number === approved ? (
                  <>
                    {' '}
                    <span className="tag tag--after">Approved</span>
                  </>
                ) : null}
              </th>
              <td>
                {formatDateTime(v.savedAt)} by {v.savedByName}
              </td>
              <td>{contentReference(v.hash)}</td>
              <td>{v.amendmentReason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
