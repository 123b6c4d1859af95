import { DownloadsOff, useDownloadsAllowed } from '../../components/downloads-off';
import { SavedFileOutcome } from '../../components/saved-path';
import { useSavingWrite } from '../../api/saved-file';
import { IMPORT_KIND_LABELS, ImportKind } from '../../../../shared/schemas/import';

/** The blank spreadsheets an import reads, built by the backend, each with its headings and an example row. */
export function ImportTemplatesSection() {
  const save = useSavingWrite('import:saveTemplate');
  const allowed = useDownloadsAllowed();
  return (
    <section className="section" aria-labelledby="templates-heading">
      <h2 id="templates-heading">1. Start from a template</h2>
      <p>
        Each template has the column headings an import reads and one example row to replace. Dates may be typed as
        14/03/2024; Yes or No where asked.
      </p>
      {allowed ? null : <DownloadsOff what="The templates" />}
      {allowed ? (
        <ul className="button-row">
          {ImportKind.options.flatMap((kind) =>
            (['xlsx', 'csv'] as const).map((format) => (
              <li key={`${kind}-${format}`}>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={save.isPending}
                  onClick={() => save.mutate({ kind, format })}
                >
                  Download the {kind === 'members' ? 'central list' : 'households'} template (
                  {format === 'xlsx' ? 'Excel' : 'CSV'})
                </button>
              </li>
            )),
          )}
        </ul>
      ) : null}
      <SavedFileOutcome path={save.data?.path} error={save.error?.message} />
      <p className="hint">{Object.values(IMPORT_KIND_LABELS).join(' and ')} are imported one file at a time.</p>
    </section>
  );
}
