import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { addresseeNames, salutation } from '../../../../shared/documents/letters/addressee';
import { HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_TYPE_LABELS, type Household } from '../../../../shared/schemas/household';
import { useRead, useToday } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, formatOptionalDate } from '../../format';
import { useSession } from '../auth/session-context';
import { SubjectAccessButton } from '../records/subject-access-button';
import { DownloadDocument } from '../../components/download-document';
import { CaseChainSection } from './case-chain-section';
import { householdStatusText } from './household-status-words';
import { ResignationNoticeSection } from './resignation-notice-section';
import { ApplicationOutcomeSection } from './application-outcome-section';
import { ReviewsSection } from './reviews-section';
import { StatusChangeDialog } from './status-change-dialog';
import { describeTerms } from './terms-fields';

export function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const household = useRead('households:get', { id });
  return (
    <LoadState query={household} what="this household">
      {(loaded) => <HouseholdDetail household={loaded} />}
    </LoadState>
  );
}

function HouseholdDetail({ household }: { household: Household }) {
  usePageTitle(`${household.displayName} (${household.reference})`);
  const { may } = useSession();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [changing, setChanging] = useState(false);
  const settings = useRead('settings:get', {});
  const today = useToday();
  const rows: [string, string][] = [
    ['Reference', household.reference],
    [
      'Type',
      household.specialistScheme
        ? `${HOUSEHOLD_TYPE_LABELS[household.householdType]}: ${household.specialistScheme}`
        : HOUSEHOLD_TYPE_LABELS[household.householdType],
    ],
    ['Status', householdStatusText(household, today)],
    ['Applicants', addresseeNames(household).join(' and ')],
    ['Letters begin', salutation(household)],
    ['Address', household.address ?? 'Not recorded'],
    ['Assessing social worker', household.assessingSocialWorker ?? 'Not recorded'],
    ['Supervising social worker', household.supervisingSocialWorker ?? 'Not recorded'],
    ['Application received', formatOptionalDate(household.applicationReceivedDate)],
    ['Approved', formatOptionalDate(household.approvalDate, 'Not approved')],
    ['Terms of approval', household.terms ? describeTerms(household.terms) : 'None'],
  ];
  if (household.householdType === 'connected_person') {
    rows.push(['Temporary approval (reg 24)', formatOptionalDate(household.temporaryApprovalDate)]);
  }
  return (
    <>
      <p>
        <Link to="/households">Back to households</Link>
      </p>
      <NoticeBanner message={notice} />
      <h1>{household.displayName}</h1>
      {may('households:update') ? (
        <div className="button-row">
          <Link className="button" to={`/households/${household.id}/edit`}>
            Edit details
          </Link>
          <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
            Record a change of status
          </button>
        </div>
      ) : null}
      {may('decisions:referDirect') && (settings.data?.directToAdm.length ?? 0) > 0 ? (
        <p>
          <Link to={`/households/${household.id}/refer`}>Send a case straight to the ADM (without panel)</Link>
        </p>
      ) : null}
      {may('records:exportSubjectAccess') ? (
        <>
          <SubjectAccessButton householdId={household.id} />
          {/* The summary alone, issued and kept in the register like every other document. */}
          <DownloadDocument
            label="Download the subject access summary (DOCX)"
            busyLabel="Making the summary…"
            kind="subject-access-summary"
            subjectId={household.id}
          />
        </>
      ) : null}
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label} className="summary-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ApplicationOutcomeSection household={household} onSaved={setNotice} />
      <ResignationNoticeSection household={household} onSaved={setNotice} />
      <ReviewsSection household={household} />
      {household.children.length > 0 ? (
        <section aria-labelledby="children-heading" className="section">
          <h2 id="children-heading">Linked children</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Initials</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Placed</th>
                <th scope="col">Placement ended</th>
                <th scope="col">IRO</th>
              </tr>
            </thead>
            <tbody>
              {household.children.map((child) => (
                <tr key={`${child.initials}-${child.dateOfBirth}`}>
                  <td>{child.initials}</td>
                  <td>{formatDate(child.dateOfBirth)}</td>
                  <td>{formatOptionalDate(child.placementDate, '—')}</td>
                  <td>{formatOptionalDate(child.placementEndedOn, 'Not recorded')}</td>
                  <td>{child.iroName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">Status history</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Status</th>
              <th scope="col">Reason</th>
              <th scope="col">Recorded by</th>
            </tr>
          </thead>
          <tbody>
            {household.history.map((entry) => (
              <tr key={entry.recordedAt + entry.status}>
                <td>{formatDate(entry.effectiveDate)}</td>
                <td>{HOUSEHOLD_STATUS_LABELS[entry.status]}</td>
                <td>{entry.reason ?? '—'}</td>
                <td>{entry.recordedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <CaseChainSection household={household} />
      <StatusChangeDialog
        household={household}
        open={changing}
        onClose={() => setChanging(false)}
        onSaved={(text) => {
          setChanging(false);
          setNotice(text);
        }}
      />
    </>
  );
}
