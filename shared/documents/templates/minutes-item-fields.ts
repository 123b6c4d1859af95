import type { MinutesItem } from '../../schemas/minutes';
import { names } from '../docx-parts';
import {
  ADDED_LATE,
  declarationWords,
  JOINED,
  LEFT,
  movementWords,
  NO_PRESENTER,
  NO_RECOMMENDATION_YET,
  quorumWords,
  STATUS_WORDING,
} from '../minutes/minutes-item';
import { voteWording } from '../minutes/recommendation-block';
import { termsWording } from '../minutes/terms-wording';
import { safeText } from '../safe-text';
import { flag, lines, rows, statutory, text } from './fields';
import { asLines } from './letter-frame-fields';

/**
 * One minuted item's placeholders and data, as the code-built item block
 * (minutes/minutes-item.ts) prints it: its heading, the facts in order as
 * labelled lines, the papers, the discussion, the panel's recommendation
 * (a statutory block) and the actions. Labels print in bold, values as typed.
 */

const labelledRows = (description: string, label: string, value: string) =>
  rows(description, {
    label: { description: 'The label, printed in bold before a colon (empty for a sentence)', example: label },
    text: { description: 'What it says', example: value },
  });

export const MINUTES_ITEM_FIELDS = {
  item_heading: text('The item’s number, type and title', '1. Approval (mainstream): The Rahman household'),
  item_facts: labelledRows(
    'The item’s facts in order: added late, arrivals, household reference, status, who presided and presented, who else attended, declarations of interest and quorum',
    'Household reference',
    'FC-2026-014',
  ),
  has_papers: flag('Yes when the papers considered were recorded', 'Yes'),
  papers: lines('The papers considered, one paragraph per line typed', 'Form F assessment; three references'),
  service_recommendation: labelledRows(
    'The service’s recommendation and reasons, where its report made one',
    'The service’s recommendation',
    'Approve',
  ),
  has_discussion: flag('Yes when the discussion was minuted', 'Yes'),
  discussion: lines('The discussion, one paragraph per line typed', 'Members asked about the garden.'),
  has_recommendation: flag('Yes when the panel made a recommendation', 'Yes'),
  panel_recommendation: statutory(
    'The panel’s recommendation (empty when it made none): the decision maker must have it',
    'Suitable to be approved',
  ),
  recommendation_facts: labelledRows(
    'The recommendation’s terms, reasons, key issues, members’ views, vote, dissent, report quality and who recorded it',
    'Vote',
    'Unanimous (5 members)',
  ),
  has_actions: flag('Yes when actions were minuted', 'Yes'),
  actions: lines('The actions, one paragraph per line typed', 'Adviser to check the bedroom sizes.'),
  departures: lines(
    'Who left the meeting after this item, one line each',
    'Jane Doe left the meeting after this item.',
  ),
};

type Row = { label: string; text: string };
const row = (label: string, value: string): Row => ({ label: safeText(label), text: safeText(value) });
const sentence = (value: string): Row => row('', value);

const typed = (value: string | null | undefined) =>
  (value ?? '')
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** A labelled piece of free text: on one line, or the label over its paragraphs (as recommendation-block.ts). */
function labelled(label: string, value: string | null): Row[] {
  const parts = typed(value);
  if (parts.length === 0) return [];
  return parts.length === 1 ? [row(label, value?.trim() ?? '')] : [sentence(label), ...parts.map(sentence)];
}

function facts(item: MinutesItem): Row[] {
  const heard = !STATUS_WORDING[item.status];
  const wording = STATUS_WORDING[item.status];
  const attendees = item.attendees.map((a) => `${a.name} (${a.role})`);
  const status = wording
    ? [sentence(item.statusReason ? `${wording}: ${item.statusReason}` : `${wording}.`)]
    : item.recommendation
      ? []
      : [sentence(NO_RECOMMENDATION_YET)];
  const presided = !heard
    ? []
    : item.presiding
      ? [sentence(item.presiding)]
      : item.presidedBy
        ? [row('Presided by', item.presidedBy)]
        : [];
  const presented =
    item.presenters.length > 0 ? [row('Presented by', names(item.presenters))] : heard ? [sentence(NO_PRESENTER)] : [];
  const declarations =
    heard || item.declarations.length > 0
      ? item.declarations.length === 0
        ? [row('Declarations of interest', 'None')]
        : [sentence('Declarations of interest'), ...item.declarations.map((d) => row(d.name, declarationWords(d)))]
      : [];
  return [
    ...(item.addedLate ? [sentence(ADDED_LATE)] : []),
    ...movementWords(item.arrivals, JOINED).map(sentence),
    ...(item.householdReference ? [row('Household reference', item.householdReference)] : []),
    ...status,
    ...presided,
    ...presented,
    ...(heard || attendees.length > 0 ? [row('Also attending', names(attendees))] : []),
    ...declarations,
    ...(heard ? [row('Quorum', quorumWords(item))] : []),
  ];
}

function recommendationFacts(item: MinutesItem): Row[] {
  const r = item.recommendation;
  if (!r) return [];
  const terms = r.terms
    ? [sentence('Terms of approval'), ...termsWording(r.terms).map(([label, value]) => row(label, value))]
    : [];
  const dissent = r.dissent.length > 0 ? [sentence('Dissent'), ...r.dissent.map((d) => row(d.name, d.view))] : [];
  const quality =
    r.reportQualityRating !== null || r.reportQualityComment
      ? [
          row('Report quality', r.reportQualityRating !== null ? `${r.reportQualityRating} out of 5` : 'Not rated'),
          ...labelled('Comment on the report', r.reportQualityComment),
        ]
      : [];
  return [
    ...terms,
    ...labelled('Reasons', r.reasons),
    ...labelled('Key issues', r.keyIssues),
    ...labelled('Members’ views', r.membersViews),
    row('Vote', voteWording(r, item.quorum.membersCounted)),
    ...dissent,
    ...labelled('Outstanding', r.outstanding),
    ...quality,
    row('Recorded by', r.recordedBy),
  ];
}

/** One item's data for its template, from the approved minutes. */
export function minutesItemData(item: MinutesItem) {
  const papers = typed(item.papersConsidered);
  const discussion = typed(item.discussion);
  const actions = typed(item.actions);
  const service = item.serviceRecommendation;
  return {
    item_heading: safeText(`${item.number}. ${item.typeLabel}${item.title ? `: ${item.title}` : ''}`),
    item_facts: facts(item),
    has_papers: papers.length > 0,
    papers: asLines(papers),
    service_recommendation: service
      ? [
          row('The service’s recommendation', service.outcomeLabel),
          ...(service.reasons ? [row('The service’s reasons', service.reasons)] : []),
        ]
      : [],
    has_discussion: discussion.length > 0,
    discussion: asLines(discussion),
    has_recommendation: item.recommendation !== null,
    panel_recommendation: safeText(item.recommendation?.outcomeLabel ?? ''),
    recommendation_facts: recommendationFacts(item),
    has_actions: actions.length > 0,
    actions: asLines(actions),
    departures: asLines(movementWords(item.departures, LEFT)),
  };
}
