import { Link } from 'react-router';
import type { DecisionCaseView, LetterHousehold } from '../../../../shared/schemas/decision';
import { HOUSEHOLD_STATUS_LABELS } from '../../../../shared/schemas/household';
import { formatDate, formatOptionalDate } from '../../format';
import { describeTerms } from '../households/terms-fields';
import { SummaryRows } from '../sittings/recommendation-view';

/** Who and what the decision is about, where it stands, and when it is due. */
export function CaseSummary({ view }: { view: DecisionCaseView }) {
  const { case: c, household, sitting } = view;
  const waiting = c.state === 'awaiting' || c.state === 'information_requested';
  const rows: [string, React.ReactNode][] = [
    [
      'Household',
      <Link key="household" to={`/households/${household.id}`}>
        {household.reference} – {household.displayName}
      </Link>,
    ],
    ['Applicants or carers', household.applicantNames.join(', ') || 'None recorded'],
    sitting
      ? [
          'Heard by the panel',
          <Link key="item" to={`/sittings/${sitting.id}/items/${c.itemId}`}>
            {formatDate(sitting.date)}
          </Link>,
        ]
      : ['Panel', 'None: the service sent this case straight to the ADM'],
    ['ADM', c.admName ?? 'Not chosen'],
    ['Status', c.stateLabel],
    [sitting ? 'Final minutes received' : 'Received by the ADM', formatDate(c.minutesReceivedOn)],
  ];
  if (waiting) {
    rows.push([
      'Decision due',
      <>
        {formatDate(c.decisionDue)}
        {c.overdue ? <span className="tag tag--warning tag--after">Overdue</span> : null}
      </>,
    ]);
  }
  if (c.approvalEnds) rows.push(['Approval ends', formatDate(c.approvalEnds)]);
  return <SummaryRows rows={rows} />;
}

/** The household's approval as it stands now. */
export function HouseholdApproval({ household }: { household: LetterHousehold }) {
  return (
    <section className="section" aria-labelledby="approval-heading">
      <h2 id="approval-heading">The household's current approval</h2>
      <SummaryRows
        rows={[
          ['Status', HOUSEHOLD_STATUS_LABELS[household.status]],
          ['Approved on', formatOptionalDate(household.approvalDate, 'Not approved')],
          ['Terms of approval', household.terms ? describeTerms(household.terms) : 'None recorded'],
          ['First review due', formatOptionalDate(household.firstReviewDue, 'Not applicable')],
        ]}
      />
    </section>
  );
}
