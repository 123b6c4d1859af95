import { Link } from 'react-router';
import { DUE_KIND_LABELS, WHO_ACTS_LABELS, type DueEntry } from '../../../../shared/schemas/dashboard';
import { formatDate } from '../../format';
import { dueInWords } from './due-words';

/** One row per deadline, overdue first; each names what to do and links to the record it is about. */
export function DueTable({ entries, caption }: { entries: DueEntry[]; caption: string }) {
  return (
    <table className="table due-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">About</th>
          <th scope="col">Due</th>
          <th scope="col">Kind</th>
          <th scope="col">Who must act</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              <Link to={entry.link}>{entry.title}</Link>
            </th>
            <td>{entry.subject}</td>
            <td>
              {formatDate(entry.dueDate)}
              <br />
              {entry.overdue ? (
                <span className="tag tag--warning">{dueInWords(entry)}</span>
              ) : (
                <span className="hint">{dueInWords(entry)}</span>
              )}
            </td>
            <td>{DUE_KIND_LABELS[entry.kind]}</td>
            <td>{WHO_ACTS_LABELS[entry.whoActs]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
