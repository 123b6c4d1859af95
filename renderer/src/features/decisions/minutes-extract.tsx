import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { approverCapacityWords } from '../../../../shared/schemas/minutes';
import { formatDateTime } from '../../format';
import { recommendationRows, SummaryRows } from '../sittings/recommendation-view';
import { ServiceRecommendation } from './service-recommendation';

/** What the ADM decides on: the panel's recommendation as the approved minutes record it, or the service's own. */
export function RecommendationToDecide({ view }: { view: DecisionCaseView }) {
  if (view.directReferral) return <ServiceRecommendation referral={view.directReferral} />;
  const recommendation = view.minutesItem?.recommendation;
  return (
    <section className="section" aria-labelledby="panel-recommendation-heading">
      <h2 id="panel-recommendation-heading">The panel's recommendation</h2>
      {recommendation ? (
        <SummaryRows rows={recommendationRows(recommendation)} />
      ) : (
        <p>The minutes record no recommendation on this item.</p>
      )}
    </section>
  );
}

/** The rest of the item's record in the approved minutes: who was there, what was declared and discussed. */
export function MinutesExtract({ view }: { view: DecisionCaseView }) {
  const { minutesItem: m, approval } = view;
  if (!m || !approval) return null;
  const rows: [string, React.ReactNode][] = [
    ['Item', `${m.number}. ${m.typeLabel}${m.title ? `: ${m.title}` : ''}`],
    ['Presented by', m.presenters.join(', ') || 'Not recorded'],
  ];
  if (m.attendees.length > 0) {
    rows.push(['Also attended', m.attendees.map((a) => `${a.name} (${a.role})`).join(', ')]);
  }
  rows.push([
    'Declarations of interest',
    m.declarations.length === 0
      ? 'None'
      : m.declarations.map((d) => `${d.name}: ${d.interest} (${d.withdrew ? 'withdrew' : 'remained'})`).join('\n'),
  ]);
  rows.push([
    'Quorum',
    m.quorum.quorate
      ? `Quorate: ${m.quorum.membersCounted} members counted`
      : `Not quorate: ${m.quorum.failures.join('; ')}`,
  ]);
  if (m.papersConsidered) rows.push(['Papers considered', m.papersConsidered]);
  if (m.discussion) rows.push(['Discussion', m.discussion]);
  if (m.actions) rows.push(['Actions', m.actions]);
  rows.push([
    'Minutes approved',
    `Approved by ${approval.byName}, ${approverCapacityWords(approval.capacity)}, on ${formatDateTime(approval.at)}: version ${approval.versionNumber}, content reference ${approval.hash.slice(0, 12)}`,
  ]);
  return (
    <section className="section" aria-labelledby="extract-heading">
      <h2 id="extract-heading">Extract from the approved minutes</h2>
      <SummaryRows rows={rows} />
    </section>
  );
}

/** The papers the panel had, and whether each came in. */
export function PapersList({ view }: { view: DecisionCaseView }) {
  return (
    <section className="section" aria-labelledby="papers-heading">
      <h2 id="papers-heading">Papers</h2>
      {view.papers.length === 0 ? (
        <p>No papers are recorded for this item.</p>
      ) : (
        <ul>
          {view.papers.map((paper, index) => (
            <li key={`${index}-${paper.label}`}>
              {paper.label}: {paper.done ? 'received' : 'not received'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
