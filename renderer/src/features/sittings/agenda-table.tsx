import { reviewKindLabel } from '../../../../shared/domain/reviews/review-kinds';
import { Link } from 'react-router';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { formatDate } from '../../format';
import { QuorumCell } from './quorum-cell';
import { ITEM_STATUS_LABELS } from './sitting-words';

function readiness(item: ItemView): string {
  if (item.checklist.length === 0) return 'Nothing to check';
  return `${item.checklist.filter((c) => c.done).length} of ${item.checklist.length} ready`;
}

function PapersReceived({ item }: { item: ItemView }) {
  if (!item.papersReceivedDate) return <>Not yet</>;
  return (
    <>
      {formatDate(item.papersReceivedDate)}
      {item.papersLate ? (
        <>
          {' '}
          <span className="tag tag--warning tag--after">Late</span>
        </>
      ) : null}
    </>
  );
}

/** The agenda in order: each item's time, readiness and quorum, and (for administrators) buttons to reorder it. */
export function AgendaTable({
  sitting,
  canReorder,
  onMove,
}: {
  sitting: SittingDetail;
  canReorder: boolean;
  onMove: (index: number, direction: -1 | 1) => void;
}) {
  const { items } = sitting;
  return (
    <table className="table agenda-table">
      <caption className="visually-hidden">Agenda items in order</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Item</th>
          <th scope="col">Household</th>
          <th scope="col">Papers received</th>
          <th scope="col">Readiness</th>
          <th scope="col">Status</th>
          <th scope="col">Quorum</th>
          {canReorder ? <th scope="col">Order</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id}>
            <td>{item.startTime}</td>
            <th scope="row" className="agenda-item">
              <Link to={`/sittings/${sitting.id}/items/${item.id}`}>
                {item.number}. {item.typeLabel}
                {item.addedLate ? ' (added late)' : ''}
              </Link>
              {item.title ? <span className="item-title">{item.title}</span> : null}
              {item.reviewKind ? <span className="item-title">{reviewKindLabel(item.reviewKind)}</span> : null}
              <span className="hint">{item.durationMinutes} minutes</span>
              {item.warnings.length > 0 ? (
                <ul className="item-warnings">
                  {item.warnings.map((warning) => (
                    <li key={warning}>
                      <strong>Warning:</strong> {warning}
                    </li>
                  ))}
                </ul>
              ) : null}
            </th>
            <td>
              {item.household ? (
                <>
                  <Link to={`/households/${item.household.id}`}>{item.household.reference}</Link>{' '}
                  {item.household.displayName}
                </>
              ) : (
                '—'
              )}
            </td>
            <td>
              <PapersReceived item={item} />
            </td>
            <td>{readiness(item)}</td>
            <td>
              {ITEM_STATUS_LABELS[item.status]}
              {item.statusReason ? <span className="hint item-reason">{item.statusReason}</span> : null}
            </td>
            <td>
              <QuorumCell item={item} />
            </td>
            {canReorder ? (
              <td className="order-buttons">
                {index > 0 ? (
                  <button
                    type="button"
                    id={`move-up-${item.id}`}
                    className="link-button"
                    onClick={() => onMove(index, -1)}
                  >
                    Move up<span className="visually-hidden"> item {item.number}</span>
                  </button>
                ) : null}
                {index < items.length - 1 ? (
                  <button
                    type="button"
                    id={`move-down-${item.id}`}
                    className="link-button"
                    onClick={() => onMove(index, 1)}
                  >
                    Move down<span className="visually-hidden"> item {item.number}</span>
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
