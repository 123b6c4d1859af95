import type { ImportAction, ImportCounts, ImportPreview } from '../../../../shared/schemas/import';

const ACTION_WORDS: Record<ImportAction, string> = {
  create: 'Added',
  update: 'Updated',
  skip: 'Already held, unchanged',
  refused: 'Has problems',
};

/** "3 to add, 1 to update, 2 already held and unchanged, 1 with problems". */
export function countWords(counts: ImportCounts, done = false): string {
  const parts = [
    `${counts.create} ${done ? 'added' : 'to add'}`,
    `${counts.update} ${done ? 'updated' : 'to update'}`,
    `${counts.skip} already held and unchanged`,
  ];
  if (!done) parts.push(`${counts.refused} with problems`);
  return parts.join(', ');
}

/** Every row of the file, what it would do, and each problem in words. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <table className="table">
      <caption>What each row of the file would do: {countWords(preview.counts)}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Record</th>
          <th scope="col">What happens</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row) => (
          <tr key={row.row} className={row.action === 'refused' ? 'row--problem' : undefined}>
            <td>{row.row}</td>
            <th scope="row">{row.label}</th>
            <td>{ACTION_WORDS[row.action]}</td>
            <td>
              {row.notes.length === 1 ? (
                row.notes[0]
              ) : (
                <ul>
                  {row.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
