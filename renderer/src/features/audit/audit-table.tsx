import { Link } from 'react-router';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { formatDateTime } from '../../format';
import { describeAction, entityLabel, fieldLabel, formatValue } from './audit-words';

/** The entries, newest first: when, who, what, which record, and each field's before and after. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Audit trail entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Record</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.seq} data-seq={entry.seq}>
            <td>{formatDateTime(entry.at, true)}</td>
            <td>{entry.userName}</td>
            <td>{describeAction(entry)}</td>
            <td>
              <RecordCell entry={entry} />
            </td>
            <td>
              <ChangeList changes={entry.changes} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RecordCell({ entry }: { entry: AuditEntry }) {
  const label = entityLabel(entry.entityType);
  if (!entry.entityId) return <>{label}</>;
  const page =
    entry.entityType === 'member'
      ? `/members/${entry.entityId}`
      : entry.entityType === 'user'
        ? `/users/${entry.entityId}`
        : null;
  return (
    <>
      {label}
      <br />
      {page ? (
        <Link to={page} className="path">
          {entry.entityId}
        </Link>
      ) : (
        <span className="path">{entry.entityId}</span>
      )}
    </>
  );
}

function ChangeList({ changes }: { changes: AuditEntry['changes'] }) {
  // The record's own id is in the Record column already.
  const entries = Object.entries(changes).filter(([field]) => field !== 'id');
  if (entries.length === 0) return <span className="hint">No fields changed</span>;
  return (
    <ul className="changes">
      {entries.map(([field, [before, after]]) => (
        <li key={field}>{`${fieldLabel(field)}: ${formatValue(field, before)} → ${formatValue(field, after)}`}</li>
      ))}
    </ul>
  );
}
