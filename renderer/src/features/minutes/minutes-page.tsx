import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MinutesView } from '../../../../shared/schemas/minutes';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { useSession } from '../auth/session-context';
import { formatSittingDay } from '../sittings/sitting-words';
import { ApproveDialog } from './approve-dialog';
import { MinutesDownloads } from './minutes-downloads';
import { MinutesPreview } from './minutes-preview';
import { MinutesState } from './minutes-state';
import { canWriteMinutes } from './minutes-words';
import { NotesSection } from './notes-section';
import { ReferralsSection } from './referrals-section';
import { ReopenDialog } from './reopen-dialog';
import { SendToAdmDialog } from './send-to-adm-dialog';
import { VersionsTable } from './versions-table';

export function MinutesPage() {
  const { id = '' } = useParams();
  const minutes = useRead('minutes:get', { sittingId: id });
  return (
    <LoadState query={minutes} what="the minutes">
      {(view) => <MinutesScreen view={view} />}
    </LoadState>
  );
}

/**
 * The minutes of one sitting (NMS 14): the administrator writes and saves
 * drafts, the presiding chair approves a saved version, and the administrator
 * records when the final minutes went to each ADM. Everyone else reads.
 */
function MinutesScreen({ view }: { view: MinutesView }) {
  const day = formatSittingDay(view.draft.sitting.date);
  const title = `Minutes of the sitting on ${day}`;
  usePageTitle(title);
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'approve' | 'reopen' | 'send' | null>(null);
  const latest = view.versions[0] ?? null;
  const approved = view.approval !== null;
  const writable = canWriteMinutes(view.sittingStatus);
  const canSave = may('minutes:save');
  const canApprove = may('minutes:approve') && latest !== null && !approved && writable;
  const canReopen = may('minutes:reopen') && approved;
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
  };
  return (
    <>
      <p>
        <Link to={`/sittings/${view.sittingId}`}>Back to the sitting on {day}</Link>
      </p>
      <NoticeBanner message={notice} />
      <h1>{title}</h1>
      <MinutesState view={view} canSave={canSave} />
      {canApprove || canReopen ? (
        <div className="button-row">
          {canApprove && latest ? (
            <button type="button" className="button" onClick={() => setDialog('approve')}>
              Approve the minutes (version {latest.number})
            </button>
          ) : null}
          {canReopen ? (
            <button type="button" className="button button--warning" onClick={() => setDialog('reopen')}>
              Reopen approved minutes
            </button>
          ) : null}
        </div>
      ) : null}
      {may('minutes:approve') && latest === null && writable ? (
        <p>The chair can approve the minutes once the administrator has saved a draft.</p>
      ) : null}
      {may('documents:issue') && writable ? <MinutesDownloads view={view} /> : null}
      <ReferralsSection view={view} canRecord={may('minutes:sendToAdm')} onRecord={() => setDialog('send')} />
      {canSave && writable ? <NotesSection view={view} onSaved={setNotice} /> : null}
      <MinutesPreview
        content={view.approvedContent ?? view.draft}
        heading={approved ? `The approved minutes (version ${view.approval?.versionNumber ?? ''})` : 'Draft minutes'}
        hint={
          approved
            ? 'Exactly what the chair approved.'
            : 'As the minutes read now, from the sitting’s record and the notes saved so far.'
        }
      />
      <VersionsTable view={view} />
      {latest ? (
        <ApproveDialog
          view={view}
          latest={latest}
          open={dialog === 'approve'}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      ) : null}
      <ReopenDialog view={view} open={dialog === 'reopen'} onClose={() => setDialog(null)} onSaved={done} />
      <SendToAdmDialog view={view} open={dialog === 'send'} onClose={() => setDialog(null)} onSaved={done} />
    </>
  );
}
