import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { BACKGROUND_LABELS, LIST_ROLE_LABELS, type Member } from '../../../../shared/schemas/member';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatOptionalDate, formatPence, yesNo } from '../../format';
import { useSession } from '../auth/session-context';
import { LeavingDialog } from './leaving-dialog';
import { NoticeDialog } from './notice-dialog';
import { StatusTag } from './status-tag';
import { TrainingSection } from './training-section';

export function MemberDetailPage() {
  const { id = '' } = useParams();
  const member = useRead('members:get', { id });
  return (
    <LoadState query={member} what="this member">
      {(loaded) => <MemberDetail member={loaded} />}
    </LoadState>
  );
}

function MemberDetail({ member }: { member: Member }) {
  usePageTitle(member.name);
  const { may } = useSession();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [dialog, setDialog] = useState<'notice' | 'leaving' | null>(null);
  const rows: [string, string][] = [
    ['Role on the central list', LIST_ROLE_LABELS[member.listRole]],
    [
      'Professional background',
      member.backgroundDetail
        ? `${BACKGROUND_LABELS[member.background]}: ${member.backgroundDetail}`
        : BACKGROUND_LABELS[member.background],
    ],
    ['Independent of the service', yesNo(member.independent)],
    ["Social worker with 3 years' post-qualifying experience", yesNo(member.socialWorkerPqe3)],
    ['Email address', member.email ?? 'Not recorded'],
    ['Phone number', member.phone ?? 'Not recorded'],
    ['Address', member.address ?? 'Not recorded'],
    ['Appointed', formatOptionalDate(member.appointmentDate)],
    ['Term ends', formatOptionalDate(member.termEndDate)],
    ['Induction completed', formatOptionalDate(member.inductionDate)],
    ['DBS check', formatOptionalDate(member.dbsCheckDate)],
    ['DBS renewal due', formatOptionalDate(member.dbsRenewalDue)],
    ['Last appraisal', formatOptionalDate(member.lastAppraisalDate)],
    ['Next appraisal due', formatOptionalDate(member.nextAppraisalDue)],
    ['Fee per sitting', formatPence(member.feePence)],
  ];
  if (member.noticeReceivedDate) rows.push(['Written notice received', formatOptionalDate(member.noticeReceivedDate)]);
  if (member.leavingDate) rows.push(['Leaving date (one month after notice)', formatOptionalDate(member.leavingDate)]);
  if (member.leftDate) rows.push(['Left the central list', formatOptionalDate(member.leftDate)]);
  if (member.leavingReason) rows.push(['Reason for leaving', member.leavingReason]);
  if (member.notes) rows.push(['Notes', member.notes]);

  return (
    <>
      <p>
        <Link to="/members">Back to the central list</Link>
      </p>
      <NoticeBanner message={notice} />
      <h1>
        {member.name} <StatusTag status={member.status} />
      </h1>
      <div className="button-row">
        {member.status !== 'left' && may('members:update') ? (
          <Link className="button" to={`/members/${member.id}/edit`}>
            Edit details
          </Link>
        ) : null}
        {member.status === 'active' && may('members:recordNotice') ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog('notice')}>
            Record written notice
          </button>
        ) : null}
        {member.status !== 'left' && may('members:recordLeaving') ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog('leaving')}>
            Record leaving
          </button>
        ) : null}
        {may('audit:list') ? (
          <Link to={{ pathname: '/audit', search: `?entityType=member&entityId=${encodeURIComponent(member.id)}` }}>
            History<span className="visually-hidden"> of changes to {member.name}</span>
          </Link>
        ) : null}
      </div>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label} className="summary-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <TrainingSection member={member} onSaved={setNotice} />
      <NoticeDialog
        member={member}
        open={dialog === 'notice'}
        onClose={() => setDialog(null)}
        onSaved={(text) => {
          setDialog(null);
          setNotice(text);
        }}
      />
      <LeavingDialog
        member={member}
        open={dialog === 'leaving'}
        onClose={() => setDialog(null)}
        onSaved={(text) => {
          setDialog(null);
          setNotice(text);
        }}
      />
    </>
  );
}
