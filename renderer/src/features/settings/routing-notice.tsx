import { Link } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates';
import { useRead, useWrite } from '../../api/hooks';
import { AcknowledgedNotice } from './acknowledged-notice';

/**
 * The notice left when approvals were moved back to panel (FSR reg 25, 27):
 * which types the setting had sent straight to the ADM and the approval cases
 * already sent that way, which carry on. It stays until an administrator
 * acknowledges it; the acknowledgement is audited.
 */
export function RoutingNoticeSection() {
  const query = useRead('routing:notice', {});
  const acknowledge = useWrite('routing:acknowledgeNotice');
  const notice = query.data?.notice;
  if (!notice) return null;
  return (
    <AcknowledgedNotice
      id="routing-notice"
      heading="Approvals now always go to panel"
      acknowledgedAt={notice.acknowledgedAt}
      acknowledgedMessage="The notice about approvals going to panel has been acknowledged. It stays in the audit trail."
      acknowledging={{ ...acknowledge, acknowledge: () => acknowledge.mutate({}) }}
    >
      <p>
        Applications for approval must be considered by panel (FSR reg 25 and 27). This database was set to send{' '}
        {notice.movedBack.length > 0 ? notice.movedBack.join(', ').toLowerCase() : 'approvals'} straight to the ADM; on
        the update of {formatDate(notice.createdAt.slice(0, 10))} the setting was changed back so they go to panel.
      </p>
      {notice.cases.length > 0 ? (
        <>
          <p>
            These approval cases were already sent straight to the ADM. They keep their record and carry on; decide with
            the ADM whether any should be brought to panel.
          </p>
          <table className="table">
            <caption className="visually-hidden">Approval cases already sent straight to the ADM</caption>
            <thead>
              <tr>
                <th scope="col">Household</th>
                <th scope="col">Kind</th>
                <th scope="col">Sent to the ADM</th>
                <th scope="col">Where it stands</th>
              </tr>
            </thead>
            <tbody>
              {notice.cases.map((c) => (
                <tr key={c.itemId}>
                  <td>
                    <Link to={`/decisions/${c.itemId}`}>{c.householdReference}</Link>
                  </td>
                  <td>{c.typeLabel}</td>
                  <td>{c.sentDate ? formatDate(c.sentDate) : 'Not recorded'}</td>
                  <td>{c.state}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>No approval case had been sent straight to the ADM.</p>
      )}
    </AcknowledgedNotice>
  );
}
