import type { MinutesView } from '../../../../shared/schemas/minutes';
import { formatOptionalDate } from '../../format';

/** Where each recommendation went for a decision, and when the ADM's decision is due. */
export function ReferralsSection({
  view,
  canRecord,
  onRecord,
}: {
  view: MinutesView;
  canRecord: boolean;
  onRecord: () => void;
}) {
  const { referrals } = view;
  const anySent = referrals.some((r) => r.sentDate !== null);
  if (!view.approval && !anySent) return null;
  return (
    <section className="section" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">Sent to the ADM</h2>
      {referrals.length === 0 ? (
        <p>No item on this sitting needs a decision from the ADM.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Items for an ADM decision</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">ADM</th>
              <th scope="col">Date sent</th>
              <th scope="col">Decision due</th>
            </tr>
          </thead>
          <tbody>
            {referrals.map((r) => (
              <tr key={r.itemId}>
                <th scope="row">{r.label}</th>
                <td>{r.admName ?? 'Not chosen'}</td>
                <td>{formatOptionalDate(r.sentDate, 'Not sent yet')}</td>
                <td>{formatOptionalDate(r.decisionDue, '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canRecord && view.approval && referrals.length > 0 ? (
        <div className="button-row">
          <button type="button" className="button" onClick={onRecord}>
            Record sent to the ADM
          </button>
        </div>
      ) : null}
    </section>
  );
}
