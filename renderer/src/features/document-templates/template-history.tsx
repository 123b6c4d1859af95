import type { TemplateKindSummary } from '../../../../shared/contract/templates';
import { useWrite } from '../../api/hooks';
import { useSavingWrite } from '../../api/saved-file';
import { SavedFileOutcome } from '../../components/saved-path';
import { formatDateTime } from '../../format';

/** A kind's versions (who, when, SHA-256), each downloadable and each (and the built-in one) restorable. */
export function TemplateHistory({ summary }: { summary: TemplateKindSummary }) {
  const restore = useWrite('templates:restore');
  const download = useSavingWrite('templates:download');
  const { kind, inUse } = summary;
  const row = (version: number | null, cells: React.ReactNode) => {
    const name = version === null ? 'Built-in template' : `Version ${version}`;
    return (
      <tr key={version ?? 0}>
        <th scope="row">
          {name}
          {inUse === version ? ' (in use)' : ''}
        </th>
        {cells}
        <td>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={download.isPending}
              onClick={() => download.mutate({ kind, version })}
            >
              Download<span className="visually-hidden"> {name.toLowerCase()}</span>
            </button>
            {inUse === version ? null : (
              <button
                type="button"
                className="button button--secondary"
                disabled={restore.isPending}
                onClick={() => restore.mutate({ kind, version })}
              >
                Use again<span className="visually-hidden"> {name.toLowerCase()}</span>
              </button>
            )}
          </div>
        </td>
      </tr>
    );
  };
  return (
    <>
      <table className="table">
        <caption>Versions of the {summary.label.toLowerCase()} template</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">File</th>
            <th scope="col">Uploaded by</th>
            <th scope="col">When</th>
            <th scope="col">SHA-256</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.versions.map((v) =>
            row(
              v.version,
              <>
                <td className="path">{v.fileName}</td>
                <td>{v.uploadedByName}</td>
                <td>{formatDateTime(v.uploadedAt)}</td>
                <td>
                  <code>{v.sha256.slice(0, 12)}</code>
                </td>
              </>,
            ),
          )}
          {row(
            null,
            <>
              <td>Shipped with the app</td>
              <td>—</td>
              <td>—</td>
              <td>—</td>
            </>,
          )}
        </tbody>
      </table>
      <SavedFileOutcome path={download.data?.path} error={download.error?.message ?? restore.error?.message} />
    </>
  );
}
