import { useState } from 'react';
import { Link } from 'react-router';
import { describeAction } from '../../../../shared/domain/audit/action-words';
import { changeLines, type RecordNames } from '../../../../shared/domain/audit/change-words';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { formatDateTime } from '../../format';

/** The entries, newest first: when, who, what, which record (in words), and each field's before and after. */
export function AuditTable({ entries, names }: { entries: AuditEntry[]; names: RecordNames }) {
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
              <Changes entry={entry} names={names} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Members and users are never deleted, so their names can link to their pages. */
function RecordCell({ entry }: { entry: AuditEntry }) {
  const page =
    entry.entityId && entry.entityType === 'member'
      ? `/members/${entry.entityId}`
      : entry.entityId && entry.entityType === 'user'
        ? `/users/${entry.entityId}`
        : null;
  return page ? <Link to={page}>{entry.record}</Link> : <>{entry.record}</>;
}

/** Each change in words; the data exactly as recorded stays one click away, for auditors. */
function Changes({ entry, names }: { entry: AuditEntry; names: RecordNames }) {
  const lines = changeLines(entry.entityType, entry.changes, names);
  if (lines.length === 0) return <span className="hint">No fields changed</span>;
  return (
    <>
      <ul className="changes">
        {lines.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
      <RecordedData changes={entry.changes} />
    </>
  );
}

/** The raw data, drawn only once opened: a page of fifty entries stays light for the screen and for screen readers. */
function RecordedData({ changes }: { changes: AuditEntry['changes'] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="recorded-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Data as recorded</summary>
      {open ? <pre>{JSON.stringify(changes, null, 2)}</pre> : null}
    </details>
  );
}
