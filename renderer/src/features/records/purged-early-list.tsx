import { Link } from 'react-router';
import type { PurgedEarly } from '../../../../shared/schemas/records';
import { formatDate, formatDateTime } from '../../format';

const BASIS_WORDS = { refused: 'Refused', withdrawn: 'Withdrew' } as const;

/**
 * Connected persons temporarily approved under CPPCR reg 24 and purged under
 * the old 3-year rule: FSR reg 32 wanted 10 years from the end of the
 * placement. The data cannot be brought back; the service decides what to do.
 */
export function PurgedEarlyList({ entries }: { entries: readonly PurgedEarly[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="purged-early-heading" className="section">
      <h2 id="purged-early-heading">Purged before FSR regulation 32 allowed</h2>
      <p>
        These connected persons had temporary approval under CPPCR regulation 24 and were purged 3 years after a refusal
        or withdrawal. Their records should have been kept 10 years from the end of the placement. Decide with your data
        protection officer what to tell those concerned and whether any paper records can be kept.
      </p>
      <table className="table">
        <caption className="visually-hidden">Connected persons purged early</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Temporarily approved</th>
            <th scope="col">Ended</th>
            <th scope="col">Purged</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link to={`/households/${e.id}`}>{e.reference}</Link>
              </th>
              <td>{formatDate(e.temporaryApprovalDate)}</td>
              <td>
                {BASIS_WORDS[e.basis]} {formatDate(e.endedOn)}
              </td>
              <td>{formatDateTime(e.purgedAt)}</td>
              <td>{e.purgedByName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
