import type { ReactNode } from 'react';
import type { RecommendationView } from '../../../../shared/schemas/recommendation';
import { formatDateTime } from '../../format';
import { describeTerms } from '../households/terms-fields';
import { describeVotes } from './recommendation-values';

/** The panel's recommendation as recorded, in words. */
export function RecordedRecommendation({ recommendation: r }: { recommendation: RecommendationView }) {
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
        {r.dissent.map((d) => (
          <li key={d.memberId}>
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
  const behalf = r.onBehalfOf ? ` on behalf of ${r.onBehalfOf}` : '';
  rows.push(['Recorded', `Recorded by ${r.recordedByName}${behalf}, ${formatDateTime(r.recordedAt)}`]);
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
