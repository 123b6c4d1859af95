import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { formatDateTime } from '../../format';

/** What happened to the item, oldest first, including where a deferred or moved item came from. */
export function ItemHistory({ item }: { item: ItemView }) {
  return (
    <section className="section" aria-labelledby="item-history-heading">
      <h2 id="item-history-heading">History</h2>
      {item.history.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">History of this item</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Detail</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {item.history.map((entry, index) => (
              <tr key={`${entry.at}-${String(index)}`}>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.action}</td>
                <td>{entry.detail ?? '—'}</td>
                <td>{entry.byName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
