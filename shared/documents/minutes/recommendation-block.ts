import { HeadingLevel, type FileChild } from 'docx';
import type { MinutesItem } from '../../schemas/minutes';
import { heading, line, paragraphs, strong } from '../docx-parts';
import { termsWording } from './terms-wording';

type Recommendation = NonNullable<MinutesItem['recommendation']>;

/** A labelled piece of free text: the label on its own line when the text runs to several paragraphs. */
const labelled = (label: string, text: string | null): FileChild[] => {
  if (!text) return [];
  const parts = paragraphs(text);
  return parts.length === 1 ? [line(text.trim(), label)] : [strong(label), ...parts];
};

/** "Unanimous (5 members)" or "For 4, against 1, abstaining 0". */
export function voteWording(
  recommendation: Pick<Recommendation, 'unanimous' | 'votesFor' | 'votesAgainst' | 'votesAbstaining'>,
  membersCounted: number,
): string {
  const { votesFor, votesAgainst, votesAbstaining } = recommendation;
  if (recommendation.unanimous) {
    const members = votesFor > 0 ? votesFor : membersCounted;
    return `Unanimous (${members} ${members === 1 ? 'member' : 'members'})`;
  }
  return `For ${votesFor}, against ${votesAgainst}, abstaining ${votesAbstaining}`;
}

/** The panel's recommendation on one item (NMS 14): outcome, terms, reasons, views, vote, dissent and report feedback. */
export function recommendationBlock(recommendation: Recommendation, membersCounted: number): FileChild[] {
  const r = recommendation;
  const terms = r.terms
    ? [strong('Terms of approval'), ...termsWording(r.terms).map(([label, value]) => line(value, label))]
    : [];
  const dissent = r.dissent.length > 0 ? [strong('Dissent'), ...r.dissent.map((d) => line(d.view, d.name))] : [];
  const quality =
    r.reportQualityRating !== null || r.reportQualityComment
      ? [
          line(r.reportQualityRating !== null ? `${r.reportQualityRating} out of 5` : 'Not rated', 'Report quality'),
          ...labelled('Comment on the report', r.reportQualityComment),
        ]
      : [];
  return [
    heading('Recommendation', HeadingLevel.HEADING_3),
    strong(r.outcomeLabel),
    ...terms,
    ...labelled('Reasons', r.reasons),
    ...labelled('Key issues', r.keyIssues),
    ...labelled('Members’ views', r.membersViews),
    line(voteWording(r, membersCounted), 'Vote'),
    ...dissent,
    ...labelled('Outstanding', r.outstanding),
    ...quality,
    line(r.recordedBy, 'Recorded by'),
  ];
}
