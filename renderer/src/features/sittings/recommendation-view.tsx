import type { ReactNode } from 'react';
import type { RecommendationView } from '../../../../shared/schemas/recommendation';
import { formatDateTime } from '../../format';
import { describeTerms } from '../households/terms-fields';
import { describeVotes } from './recommendation-values';

/** What the recommendation page and the minutes both show of a recommendation. */
export type RecommendationFacts = Pick<
  RecommendationView,
  | 'outcomeLabel'
  | 'terms'
  | 'reasons'
  | 'keyIssues'
  | 'membersViews'
  | 'unanimous'
  | 'votesFor'
  | 'votesAgainst'
  | 'votesAbstaining'
  | 'outstanding'
  | 'reportQualityRating'
  | 'reportQualityComment'
> & { dissent: readonly { name: string; view: string }[] };

/** The recommendation in words, one [label, value] row each, for a summary list. */
export function recommendationRows(r: RecommendationFacts): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [['Recommendation', r.outcomeLabel]];
  if (r.terms) rows.push(['Terms of approval', describeTerms(r.terms)]);
  rows.push(['Reasons', r.reasons]);
  if (r.keyIssues) rows.push(['Key issues', r.keyIssues]);
  if (r.membersViews) rows.push(["Members' views", r.membersViews]);
  rows.push(['Vote', describeVotes(r)]);
  if (r.dissent.length > 0) {
    rows.push([
      'Dissent',
      <ul key="dissent">
        {r.dissent.map((d, index) => (
          <li key={`${index}-${d.name}`}>
            {d.name}: {d.view}
          </li>
        ))}
      </ul>,
    ]);
  }
  if (r.outstanding) rows.push(['What is outstanding', r.outstanding]);
  if (r.reportQualityRating !== null || r.reportQualityComment) {
    const rating = r.reportQualityRating === null ? 'Not rated' : `${r.reportQualityRating} out of 5`;
    rows.push(['Quality of the report', r.reportQualityComment ? `${rating}. ${r.reportQualityComment}` : rating]);
  }
  return rows;
}

/** Rows as a summary list. */
export function SummaryRows({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="summary-list">
      {rows.map(([label, value]) => (
        <div key={label} className="summary-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The panel's recommendation as recorded, in words. */
export function RecordedRecommendation({ recommendation: r }: { recommendation: RecommendationView }) {
  const behalf = r.onBehalfOf ? ` on behalf of ${r.onBehalfOf}` : '';
  const rows = recommendationRows(r);
  if (r.presidedByName) rows.push(['Presided by', r.presidedByName]);
  rows.push(['Recorded', `Recorded by ${r.recordedByName}${behalf}, ${formatDateTime(r.recordedAt)}`]);
  return <SummaryRows rows={rows} />;
}
