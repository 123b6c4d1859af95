import { cellText, type ReportTable } from '../../../../shared/domain/reports/report-tables';
import type { ReportPeriod } from '../../../../shared/schemas/report';
import { useSavingWrite } from '../../api/saved-file';
import { SavedPath } from '../../components/saved-path';
import { useSession } from '../auth/session-context';

/** One table of the report: named by its heading, figures right-aligned, with its CSV download for the administrator. */
export function ReportTableView({ table, period }: { table: ReportTable; period: ReportPeriod }) {
  const headingId = `table-${table.id}`;
  return (
    <div className="report-table">
      <h3 id={headingId}>{table.title}</h3>
      {table.rows.length > 0 ? (
        <table className="table" aria-labelledby={headingId}>
          <thead>
            <tr>
              {table.headers.map((header, index) => (
                <th key={header} scope="col" className={index > 0 ? 'numeric' : undefined}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cellText(cell)}
                    </th>
                  ) : (
                    <td key={index} className={typeof cell === 'string' ? undefined : 'numeric'}>
                      {cellText(cell)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>None in this period.</p>
      )}
      {table.note ? <p className="hint">{table.note}</p> : null}
      <CsvDownload table={table} period={period} />
    </div>
  );
}

function CsvDownload({ table, period }: { table: ReportTable; period: ReportPeriod }) {
  const { may } = useSession();
  const save = useSavingWrite('reports:saveCsv');
  if (!may('reports:saveCsv')) return null;
  return (
    <div className="download">
      <button
        type="button"
        className="button button--secondary"
        disabled={save.isPending}
        aria-label={`Download CSV: ${table.title}`}
        onClick={() => save.mutate({ from: period.from, to: period.to, tableId: table.id })}
      >
        {save.isPending ? 'Saving the CSV…' : 'Download CSV'}
      </button>
      <div role="status" className={save.data ? 'notice-banner' : undefined}>
        {save.data ? (
          <>
            Saved to <SavedPath path={save.data.path} />
          </>
        ) : null}
      </div>
      {save.error ? (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      ) : null}
    </div>
  );
}
