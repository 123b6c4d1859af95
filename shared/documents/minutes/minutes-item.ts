import { HeadingLevel, type FileChild } from 'docx';
import type { MinutesItem } from '../../schemas/minutes';
import { heading, line, names, strong, textSection } from '../docx-parts';
import { recommendationBlock } from './recommendation-block';

export const STATUS_WORDING: Partial<Record<MinutesItem['status'], string>> = {
  deferred: 'Deferred to a later sitting',
  withdrawn: 'Withdrawn from the agenda',
  moved: 'Moved to another sitting',
};

/** Said of an item added after the papers went out, here and on the agenda. */
export const ADDED_LATE = 'Added late: this item was added to the agenda after the papers went out.';

const section = (title: string, text: string | null) => textSection(title, text, HeadingLevel.HEADING_3);

function statusLines(item: MinutesItem): FileChild[] {
  const wording = STATUS_WORDING[item.status];
  if (wording) return [strong(item.statusReason ? `${wording}: ${item.statusReason}` : `${wording}.`)];
  return item.recommendation ? [] : [line(NO_RECOMMENDATION_YET)];
}

/** One declaration of interest in words, after the member's name. */
export const declarationWords = (d: MinutesItem['declarations'][number]) =>
  `${d.interest} (${d.withdrew ? 'withdrew from this item' : 'remained for this item'})`;

function declarations(item: MinutesItem): FileChild[] {
  if (item.declarations.length === 0) return [line('None', 'Declarations of interest')];
  return [strong('Declarations of interest'), ...item.declarations.map((d) => line(declarationWords(d), d.name))];
}

/** Whether the item was quorate, in words, after "Quorum: ". */
export function quorumWords(item: MinutesItem): string {
  const { quorate, membersCounted, failures } = item.quorum;
  return quorate
    ? `Quorate, with ${membersCounted} ${membersCounted === 1 ? 'member' : 'members'} counted`
    : `Not quorate: ${failures.join(' ')}`;
}

const quorum = (item: MinutesItem): FileChild => line(quorumWords(item), 'Quorum');

/** What the service's report recommended (domain.md "Service's recommendation"), before the panel's own. */
function serviceRecommendation(item: MinutesItem): FileChild[] {
  const service = item.serviceRecommendation;
  if (!service) return [];
  return [
    line(service.outcomeLabel, 'The service’s recommendation'),
    ...(service.reasons ? [line(service.reasons, 'The service’s reasons')] : []),
  ];
}

export const JOINED = 'joined the meeting before this item';
export const LEFT = 'left the meeting after this item';
export const NO_PRESENTER = 'No presenter recorded.';
export const NO_RECOMMENDATION_YET = 'No recommendation has been recorded.';

/** "Jane Doe joined the meeting before this item." / "… left the meeting after this item.", one line each. */
export const movementWords = (list: readonly string[] | undefined, words: string) =>
  (list ?? []).map((name) => `${name} ${words}.`);

const movements = (list: readonly string[] | undefined, words: string): FileChild[] =>
  movementWords(list, words).map((text) => line(text));

/** Who presented: a presenter for the whole sitting counts for each item heard; say so plainly when nobody is recorded. */
function presentedBy(item: MinutesItem, heard: boolean): FileChild[] {
  if (item.presenters.length > 0) return [line(names(item.presenters), 'Presented by')];
  return heard ? [line(NO_PRESENTER)] : [];
}

/** Who presided the item: the stand-in's note says it with the reason; otherwise the item's presider by name. */
function presidedBy(item: MinutesItem, heard: boolean): FileChild[] {
  if (!heard) return [];
  if (item.presiding) return [strong(item.presiding)];
  return item.presidedBy ? [line(item.presidedBy, 'Presided by')] : [];
}

/**
 * One item as minuted: what it was, who was there, interests and quorum, the
 * papers and discussion, the recommendation and the actions. The household is
 * named by its reference only.
 */
export function itemBlock(item: MinutesItem): FileChild[] {
  const attendees = item.attendees.map((a) => `${a.name} (${a.role})`);
  // An item taken off this sitting's agenda was not heard: say so, without "None" lines or a quorum.
  const heard = !STATUS_WORDING[item.status];
  return [
    heading(`${item.number}. ${item.typeLabel}${item.title ? `: ${item.title}` : ''}`, HeadingLevel.HEADING_2),
    ...(item.addedLate ? [strong(ADDED_LATE)] : []),
    ...movements(item.arrivals, JOINED),
    ...(item.householdReference ? [line(item.householdReference, 'Household reference')] : []),
    ...statusLines(item),
    ...presidedBy(item, heard),
    ...presentedBy(item, heard),
    ...(heard || attendees.length > 0 ? [line(names(attendees), 'Also attending')] : []),
    ...(heard || item.declarations.length > 0 ? declarations(item) : []),
    ...(heard ? [quorum(item)] : []),
    ...section('Papers considered', item.papersConsidered),
    ...serviceRecommendation(item),
    ...section('Discussion', item.discussion),
    ...(item.recommendation ? recommendationBlock(item.recommendation, item.quorum.membersCounted) : []),
    ...section('Actions', item.actions),
    ...movements(item.departures, LEFT),
  ];
}
