import { useWrite } from '../../api/hooks';
import { formatBytes } from '../../format';

/** The whole database (with its audit key) as one file, for handing over or keeping elsewhere. */
export function ExportSection() {
  const exportDatabase = useWrite('backups:exportDatabase');
  const saved = exportDatabase.data;
  return (
    <section className="section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export the whole database</h2>
      <p>
        Saves a copy of everything in one file. It holds personal information about panel members and families: keep it
        as securely as the app itself.
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={exportDatabase.isPending}
        onClick={() => exportDatabase.mutate({})}
      >
        {exportDatabase.isPending ? 'Exporting…' : 'Export the whole database'}
      </button>
      <div role="status" className={saved ? 'notice-banner' : undefined}>
        {saved ? (
          <>
            Saved to <span className="path">{saved.path}</span> ({formatBytes(saved.sizeBytes)}).
          </>
        ) : null}
      </div>
      {exportDatabase.error ? (
        <p className="field-error" role="alert">
          {exportDatabase.error.message}
        </p>
      ) : null}
    </section>
  );
}
