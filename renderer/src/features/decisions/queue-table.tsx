import { Link } from 'react-router';
import type { QueueEntry } from '../../../../shared/schemas/decision';
import { formatDate, formatOptionalDate } from '../../format';
import { decisionPath } from './decision-words';

/** "Approval (mainstream), HH-101", linked to its decision page. */
function ItemLink({ entry }: { entry: QueueEntry }) {
  return (
    <Link to={decisionPath(entry.itemId)}>
      {entry.label}
      {entry.householdReference ? `, ${entry.householdReference}` : ''}
    </Link>
  );
}

/** The columns every queue starts with: the item, its sitting and its ADM. */
function QueueHeadings() {
  return (
    <>
      <th scope="col">Item</th>
      <th scope="col">Sitting</th>
      <th scope="col">ADM</th>
    </>
  );
}

function QueueCells({ entry }: { entry: QueueEntry }) {
  return (
    <>
      <th scope="row">
        <ItemLink entry={entry} />
      </th>
      <td>{entry.sittingDate ? formatDate(entry.sittingDate) : 'No panel'}</td>
      <td>{entry.admName ?? 'Not chosen'}</td>
    </>
  );
}

/** The due date, with "Overdue" in words beside it: colour only supports it. */
function DueCell({ entry }: { entry: QueueEntry }) {
  return (
    <td>
      {formatDate(entry.decisionDue)}
      {entry.overdue ? <span className="tag tag--warning tag--after">Overdue</span> : null}
    </td>
  );
}

/** Items waiting for the ADM (a first decision, or a final one now due): overdue first, then by due date. */
export function WaitingTable({ entries }: { entries: QueueEntry[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Items waiting for a decision</caption>
      <thead>
        <tr>
          <QueueHeadings />
          <th scope="col">Status</th>
          <th scope="col">Minutes received</th>
          <th scope="col">Decision due</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.itemId}>
            <QueueCells entry={entry} />
            <td>{entry.readyForFinalDecision ? 'Final decision due' : entry.stateLabel}</td>
            <td>{formatDate(entry.minutesReceivedOn)}</td>
            <DueCell entry={entry} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Qualifying determinations: in their 28-day window, or on a route to the final decision. */
export function DeterminationsTable({ entries }: { entries: QueueEntry[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Qualifying determinations</caption>
      <thead>
        <tr>
          <QueueHeadings />
          <th scope="col">28-day window ends</th>
          <th scope="col">Final decision</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.itemId}>
            <QueueCells entry={entry} />
            <td>{formatOptionalDate(entry.windowEnds, 'The letter has not been dated yet')}</td>
            {entry.readyForFinalDecision ? (
              <DueCell entry={entry} />
            ) : (
              <td>Not yet: waiting for the window or the route</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
