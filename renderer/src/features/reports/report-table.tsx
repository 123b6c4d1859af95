import { cellText, type ReportTable } from '../../../../shared/domain/reports/report-tables';

/** One table of the report: named by its heading, figures right-aligned (every table is in the one workbook). */
export function ReportTableView({ table }: { table: ReportTable }) {
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
    </div>
  );
}
