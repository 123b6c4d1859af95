import { formatDate } from '../../../../shared/domain/dates';
import { useRead, useWrite } from '../../api/hooks';
import { AcknowledgedNotice } from './acknowledged-notice';

/**
 * The notice left when an update raised a quorum rule looser than the
 * regulations (FSR reg 24: stricter, never looser): what each part was and is
 * now. It stays until an administrator acknowledges it.
 */
export function QuorumNoticeSection() {
  const query = useRead('quorum:notice', {});
  const acknowledge = useWrite('quorum:acknowledgeNotice');
  const notice = query.data?.notice;
  if (!notice) return null;
  return (
    <AcknowledgedNotice
      id="quorum-notice"
      heading="The quorum rule was raised to the legal minimum"
      acknowledgedAt={notice.acknowledgedAt}
      acknowledgedMessage="The notice about the quorum rule has been acknowledged. It stays in the audit trail."
      acknowledging={{ ...acknowledge, acknowledge: () => acknowledge.mutate({}) }}
    >
      <p>
        A service may make the quorum rule stricter than the regulations (FSR reg 24), never looser. On the update of{' '}
        {formatDate(notice.createdAt.slice(0, 10))} these parts were raised; quorum is now worked out with them for
        every item not yet recommended on:
      </p>
      <ul>
        {notice.changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </AcknowledgedNotice>
  );
}
