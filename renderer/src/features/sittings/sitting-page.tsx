import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { unrecordedSittingTitle } from '../../../../shared/domain/dashboard/unrecorded-sitting-entries';
import { SITTING_STATUS_LABELS } from '../../../../shared/schemas/sitting';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { canWriteMinutes } from '../minutes/minutes-words';
import { AgendaSection } from './agenda-section';
import { AttendanceSection } from './attendance-section';
import { CancelSittingDialog } from './cancel-sitting-dialog';
import { DownloadAgenda } from './download-agenda';
import { NextStepDialog, STEP_WORDS } from './next-step-dialog';
import { PapersSection } from './papers-section';
import { PeopleSection } from './people-section';
import { formatSittingDay, KIND_LABELS, nextStatus, statusPhrase } from './sitting-words';

export function SittingPage() {
  const { id = '' } = useParams();
  const sitting = useRead('sittings:get', { id });
  return (
    <LoadState query={sitting} what="this sitting">
      {(loaded) => <SittingView sitting={loaded} />}
    </LoadState>
  );
}

function SittingView({ sitting }: { sitting: SittingDetail }) {
  const day = formatSittingDay(sitting.date);
  usePageTitle(`Sitting on ${day}`);
  const { may } = useSession();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [dialog, setDialog] = useState<'next' | 'cancel' | null>(null);
  const today = useRead('app:info', {}).data?.today ?? null;
  const next = nextStatus(sitting.status);
  const cancellable = sitting.status === 'planned' || sitting.status === 'papers_sent';
  const overdue = today !== null && sitting.status === 'planned' && sitting.papersDue < today;
  const unrecorded = today !== null && cancellable && sitting.date < today && may('sittings:progress');
  const presider = sitting.attendance.find((a) => a.memberId === sitting.presiderId)?.name;
  const rows: [string, React.ReactNode][] = [
    ['Sitting', `${KIND_LABELS[sitting.kind]} sitting`],
    ['Date and time', `${day}, ${sitting.startTime}`],
    ['Status', SITTING_STATUS_LABELS[sitting.status]],
    ['Venue', sitting.venue ?? 'Remote only'],
    ['Remote meeting link', sitting.remoteLink ?? 'None'],
    [
      'Papers due with members',
      <>
        {formatDate(sitting.papersDue)}
        {overdue ? (
          <>
            {' '}
            <span className="tag tag--warning tag--after">Overdue</span>
          </>
        ) : null}
      </>,
    ],
    ['Papers sent', sitting.papersSentDate ? formatDate(sitting.papersSentDate) : 'Not yet'],
    ['Planned to preside', sitting.plannedPresiderName ?? 'Not decided'],
    ['Presiding', presider ? `${presider}${sitting.presiderRecorded ? '' : ' (as planned)'}` : 'Not recorded'],
  ];
  if (sitting.cancelledReason) rows.push(['Reason for cancelling', sitting.cancelledReason]);
  const saved = (text: string) => {
    setDialog(null);
    setNotice(text);
  };
  return (
    <>
      <p>
        <Link to="/sittings">Back to sittings</Link>
      </p>
      <NoticeBanner message={notice} />
      <h1>Sitting on {day}</h1>
      {unrecorded ? (
        <section className="section notice" aria-labelledby="unrecorded-heading">
          <h2 id="unrecorded-heading">{unrecordedSittingTitle(sitting.date)}</h2>
          <p>
            The day of this sitting has passed, but it is still recorded as {statusPhrase(sitting.status)}. Record that
            it was held{sitting.status === 'planned' ? ', after recording when the papers went out,' : ''} or cancel it
            with the reason, so that its items are not lost from the lists of work.
          </p>
        </section>
      ) : null}
      <div className="button-row">
        {sitting.status !== 'cancelled' && may('sittings:update') ? (
          <Link className="button button--secondary" to={`/sittings/${sitting.id}/edit`}>
            Edit details
          </Link>
        ) : null}
        {canWriteMinutes(sitting.status) ? (
          <Link
            className={sitting.status === 'held' && may('minutes:save') ? 'button' : 'button button--secondary'}
            to={`/sittings/${sitting.id}/minutes`}
          >
            {sitting.status === 'held' && may('minutes:save') ? 'Write the minutes' : 'Minutes'}
          </Link>
        ) : null}
        {next && may('sittings:progress') ? (
          <button type="button" className="button" onClick={() => setDialog('next')}>
            {STEP_WORDS[next].button}
          </button>
        ) : null}
        {cancellable && may('sittings:cancel') ? (
          <button type="button" className="button button--warning" onClick={() => setDialog('cancel')}>
            Cancel sitting
          </button>
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
      {may('documents:issue') ? <DownloadAgenda sitting={sitting} /> : null}
      <nav aria-label="On this page" className="contents-list">
        <ul>
          <li>
            <a href="#agenda-heading" onClick={jumpTo}>
              Agenda
            </a>
          </li>
          <li>
            <a href="#attendance-heading" onClick={jumpTo}>
              Attendance and roles
            </a>
          </li>
          <li>
            <a href="#people-heading" onClick={jumpTo}>
              People who are not members
            </a>
          </li>
          <li>
            <a href="#papers-heading" onClick={jumpTo}>
              Papers
            </a>
          </li>
        </ul>
      </nav>
      <AgendaSection sitting={sitting} />
      <AttendanceSection sitting={sitting} />
      <PeopleSection sitting={sitting} />
      <PapersSection sitting={sitting} />
      {next ? (
        <NextStepDialog
          sitting={sitting}
          next={next}
          open={dialog === 'next'}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      ) : null}
      <CancelSittingDialog
        sitting={sitting}
        open={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        onSaved={saved}
      />
    </>
  );
}

/** Hash routing owns the URL fragment, so in-page links move focus themselves (as the skip link does). */
function jumpTo(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView();
}
