import type { FileChild } from 'docx';
import type { MinutesItem } from '../../schemas/minutes';
import { bold, h3, minutesDocx, said, typedLines, type MinutesLine } from './minutes-lines';
import { termsWording } from './terms-wording';

type Recommendation = NonNullable<MinutesItem['recommendation']>;

/** A labelled piece of free text: the label on its own line when the text runs to several paragraphs. */
const labelled = (label: string, text: string | null): MinutesLine[] => {
  if (!text) return [];
  const parts = typedLines(text);
  return parts.length === 1 ? [said(text.trim(), label)] : [bold(label), ...parts];
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
export function recommendationLines(recommendation: Recommendation, membersCounted: number): MinutesLine[] {
  const r = recommendation;
  const terms = r.terms
    ? [bold('Terms of approval'), ...termsWording(r.terms).map(([label, value]) => said(value, label))]
    : [];
  const dissent = r.dissent.length > 0 ? [bold('Dissent'), ...r.dissent.map((d) => said(d.view, d.name))] : [];
  const quality =
    r.reportQualityRating !== null || r.reportQualityComment
      ? [
          said(r.reportQualityRating !== null ? `${r.reportQualityRating} out of 5` : 'Not rated', 'Report quality'),
          ...labelled('Comment on the report', r.reportQualityComment),
        ]
      : [];
  return [
    h3('Recommendation'),
    bold(r.outcomeLabel),
    ...terms,
    ...labelled('Reasons', r.reasons),
    ...labelled('Key issues', r.keyIssues),
    ...labelled('Members’ views', r.membersViews),
    said(voteWording(r, membersCounted), 'Vote'),
    ...dissent,
    ...labelled('Outstanding', r.outstanding),
    ...quality,
    said(r.recordedBy, 'Recorded by'),
  ];
}

/** The recommendation as the code-built minutes print it. */
export const recommendationBlock = (recommendation: Recommendation, membersCounted: number): FileChild[] =>
  minutesDocx(recommendationLines(recommendation, membersCounted));
