import { Link } from 'react-router';
import { HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_TYPE_LABELS } from '../../../../shared/schemas/household';
import { useRead } from '../../api/hooks';
import { useSession } from '../auth/session-context';

/**
 * For the administrator: terms in force allowing more than three children
 * with neither the sibling-group exception nor an exemption on record
 * (Children Act 1989 Sch. 7). The app never changes them; the service seeks
 * an exemption or changes the terms. Shown only when there are some.
 */
export function OverLimitList() {
  const { may } = useSession();
  const allowed = may('households:overLimit');
  const found = useRead('households:overLimit', {}, { enabled: allowed });
  if (!allowed || !found.data || found.data.length === 0) return null;
  return (
    <section aria-labelledby="over-limit-heading" className="section">
      <h2 id="over-limit-heading">Terms above the usual fostering limit</h2>
      <p>
        These households&apos; terms allow more than three children, but the terms do not say the children are a sibling
        group and no exemption is on record (Children Act 1989, Schedule 7). Bring an exemption item or a change of
        terms for each.
      </p>
      <table className="table">
        <caption className="visually-hidden">Terms above the usual fostering limit</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Children allowed
            </th>
          </tr>
        </thead>
        <tbody>
          {found.data.map((h) => (
            <tr key={h.id}>
              <th scope="row">
                <Link to={`/households/${h.id}`}>{h.reference}</Link>
              </th>
              <td>{h.displayName}</td>
              <td>{HOUSEHOLD_TYPE_LABELS[h.householdType]}</td>
              <td>{HOUSEHOLD_STATUS_LABELS[h.status]}</td>
              <td className="numeric">{h.numberOfChildren}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
