import type { FileChild } from 'docx';
import type { MinutesItem } from '../../schemas/minutes';
import { names } from '../docx-parts';
import { bold, h2, h3, minutesDocx, said, typedSection, type MinutesLine } from './minutes-lines';
import { recommendationLines } from './recommendation-block';

export const STATUS_WORDING: Partial<Record<MinutesItem['status'], string>> = {
  deferred: 'Deferred to a later sitting',
  withdrawn: 'Withdrawn from the agenda',
  moved: 'Moved to another sitting',
};

/** Said of an item added after the papers went out, here and on the agenda. */
export const ADDED_LATE = 'Added late: this item was added to the agenda after the papers went out.';

const section = (title: string, text: string | null) => typedSection(title, text, h3);

function statusLines(item: MinutesItem): MinutesLine[] {
  const wording = STATUS_WORDING[item.status];
  if (wording) return [bold(item.statusReason ? `${wording}: ${item.statusReason}` : `${wording}.`)];
  return item.recommendation ? [] : [said(NO_RECOMMENDATION_YET)];
}

/** One declaration of interest in words, after the member's name. */
export const declarationWords = (d: MinutesItem['declarations'][number]) =>
  `${d.interest} (${d.withdrew ? 'withdrew from this item' : 'remained for this item'})`;

/** Whether the item was quorate, in words, after "Quorum: ". */
export function quorumWords(item: MinutesItem): string {
  const { quorate, membersCounted, failures } = item.quorum;
  return quorate
    ? `Quorate, with ${membersCounted} ${membersCounted === 1 ? 'member' : 'members'} counted`
    : `Not quorate: ${failures.join(' ')}`;
}

export const JOINED = 'joined the meeting before this item';
export const LEFT = 'left the meeting after this item';
export const NO_PRESENTER = 'No presenter recorded.';
export const NO_RECOMMENDATION_YET = 'No recommendation has been recorded.';

/** "Jane Doe joined the meeting before this item." / "… left the meeting after this item.", one line each. */
export const movementWords = (list: readonly string[] | undefined, words: string) =>
  (list ?? []).map((name) => `${name} ${words}.`);

function declarations(item: MinutesItem): MinutesLine[] {
  if (item.declarations.length === 0) return [said('None', 'Declarations of interest')];
  return [bold('Declarations of interest'), ...item.declarations.map((d) => said(declarationWords(d), d.name))];
}

const quorum = (item: MinutesItem): MinutesLine => said(quorumWords(item), 'Quorum');

/** What the service's report recommended (domain.md "Service's recommendation"), before the panel's own. */
function serviceRecommendation(item: MinutesItem): MinutesLine[] {
  const service = item.serviceRecommendation;
  if (!service) return [];
  return [
    said(service.outcomeLabel, 'The service’s recommendation'),
    ...(service.reasons ? [said(service.reasons, 'The service’s reasons')] : []),
  ];
}

/** "Jane Doe joined the meeting before this item." / "… left the meeting after this item.", one line each. */
const movements = (list: readonly string[] | undefined, words: string): MinutesLine[] =>
  (list ?? []).map((name) => said(`${name} ${words}.`));

/** Who presented: a presenter for the whole sitting counts for each item heard; say so plainly when nobody is recorded. */
function presentedBy(item: MinutesItem, heard: boolean): MinutesLine[] {
  if (item.presenters.length > 0) return [said(names(item.presenters), 'Presented by')];
  return heard ? [said(NO_PRESENTER)] : [];
}

/** Who presided the item: the stand-in's note says it with the reason; otherwise the item's presider by name. */
function presidedBy(item: MinutesItem, heard: boolean): MinutesLine[] {
  if (!heard) return [];
  if (item.presiding) return [bold(item.presiding)];
  return item.presidedBy ? [said(item.presidedBy, 'Presided by')] : [];
}

/** One item as minuted, in three parts: what comes before the panel's recommendation, the recommendation, and after. */
export interface ItemParts {
  heading: string;
  before: MinutesLine[];
  recommendation: MinutesLine[];
  after: MinutesLine[];
}

/**
 * One item as minuted: what it was, who was there, interests and quorum, the
 * papers and discussion, the recommendation and the actions. The household is
 * named by its reference only.
 */
export function itemParts(item: MinutesItem): ItemParts {
  const attendees = item.attendees.map((a) => `${a.name} (${a.role})`);
  // An item taken off this sitting's agenda was not heard: say so, without "None" lines or a quorum.
  const heard = !STATUS_WORDING[item.status];
  return {
    heading: `${item.number}. ${item.typeLabel}${item.title ? `: ${item.title}` : ''}`,
    before: [
      ...(item.addedLate ? [bold(ADDED_LATE)] : []),
      ...movements(item.arrivals, JOINED),
      ...(item.householdReference ? [said(item.householdReference, 'Household reference')] : []),
      ...statusLines(item),
      ...presidedBy(item, heard),
      ...presentedBy(item, heard),
      ...(heard || attendees.length > 0 ? [said(names(attendees), 'Also attending')] : []),
      ...(heard || item.declarations.length > 0 ? declarations(item) : []),
      ...(heard ? [quorum(item)] : []),
      ...section('Papers considered', item.papersConsidered),
      ...serviceRecommendation(item),
      ...section('Discussion', item.discussion),
    ],
    recommendation: item.recommendation ? recommendationLines(item.recommendation, item.quorum.membersCounted) : [],
    after: [...section('Actions', item.actions), ...movements(item.departures, LEFT)],
  };
}

/** One item as the code-built minutes print it. */
export function itemBlock(item: MinutesItem): FileChild[] {
  const parts = itemParts(item);
  return minutesDocx([h2(parts.heading), ...parts.before, ...parts.recommendation, ...parts.after]);
}
