import { Link } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { NoticeBanner } from '../../components/notice-banner';

/**
 * The notice left when approvals were moved back to panel (FSR reg 25, 27):
 * which types the setting had sent straight to the ADM and the approval cases
 * already sent that way, which carry on. It stays until an administrator
 * acknowledges it; the acknowledgement is audited.
 */
export function RoutingNoticeSection() {
  const query = useRead('routing:notice', {});
  const acknowledge = useWrite('routing:acknowledgeNotice');
  const { message, fieldErrors } = errorState(acknowledge.error);
  const notice = query.data?.notice;
  if (!notice) return null;
  if (notice.acknowledgedAt) {
    return (
      <NoticeBanner
        message={
          acknowledge.isSuccess
            ? 'The notice about approvals going to panel has been acknowledged. It stays in the audit trail.'
            : null
        }
      />
    );
  }
  return (
    <section className="section notice" aria-labelledby="routing-notice-heading">
      <h2 id="routing-notice-heading">Approvals now always go to panel</h2>
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
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <button
        type="button"
        className="button button--secondary"
        disabled={acknowledge.isPending}
        onClick={() => acknowledge.mutate({})}
      >
        I have read this notice
      </button>
    </section>
  );
}
