import { AlignmentType, Document, HeadingLevel, Paragraph, type FileChild } from 'docx';
import { formatDate } from '../domain/dates';
import { itemPresenters } from '../domain/minutes/item-people';
import { LIST_ROLE_LABELS } from '../schemas/member';
import type { SittingDetail } from '../schemas/sitting-views';
import { heading, line, names, run, sittingDay, sittingPlace, table } from './docx-parts';
import { safeText } from './safe-text';

type Item = SittingDetail['items'][number];

/** A sitting either side of this one, from the sittings table. */
export interface NearbySitting {
  date: string;
  startTime: string;
}

export interface AgendaContext {
  agencyName: string;
  sitting: SittingDetail;
  /** The last sitting before this one (not cancelled), whose minutes come up; null when there was none. */
  previousSitting?: NearbySitting | null;
  /** The next sitting planned after this one; null when none is planned yet. */
  nextSitting?: NearbySitting | null;
}

const OFF_AGENDA: Partial<Record<Item['status'], string>> = {
  withdrawn: 'Withdrawn',
  deferred: 'Deferred to a later sitting',
  moved: 'Moved to another sitting',
};

/** Column shares of the page: the number and time narrow, the item wide. */
const ITEM_COLUMNS = [0.07, 0.1, 0.43, 0.17, 0.23];
const MEMBER_COLUMNS = [0.6, 0.4];

/** "Approval (mainstream)", with its title, and whether it was added late or has come off the agenda. */
function itemWords(item: Item): string {
  const off = OFF_AGENDA[item.status];
  return [
    `${item.typeLabel}${item.title ? `: ${item.title}` : ''}`,
    ...(item.addedLate ? [' (added late)'] : []),
    ...(off ? [`. ${off}.`] : []),
  ].join('');
}

/** The words of the standing items around the cases, in order; the builder and the Word template both print them. */
export const AGENDA_WORDS = {
  title: 'Fostering panel agenda',
  noMembers: 'No members have been invited yet.',
  welcome: ['Welcome and apologies', 'The chair welcomes those present and notes apologies.'],
  declarations: [
    'Declarations of interest',
    'Members declare any interest in an item below; a member with a conflict withdraws for that item.',
  ],
  minutesTitle: 'Minutes of the last sitting',
  noItems: 'No items yet.',
  otherBusiness: ['Any other business', 'Any other business the chair agrees to take.'],
  nextTitle: 'Date of the next sitting',
  confidential:
    'This agenda identifies households by reference only. Panel papers are confidential: keep them secure and return or destroy them after the sitting.',
} as const;

export const AGENDA_ITEM_HEADERS = ['No.', 'Time', 'Item', 'Reference', 'Presented by'] as const;
export { ITEM_COLUMNS as AGENDA_ITEM_COLUMNS, MEMBER_COLUMNS as AGENDA_MEMBER_COLUMNS };

/** Every fact the agenda prints, in words, in its order: read by the builder below and by the agenda's template data. */
export function agendaFacts({ sitting, previousSitting, nextSitting }: Omit<AgendaContext, 'agencyName'>) {
  const role = (a: SittingDetail['attendance'][number]) =>
    `${LIST_ROLE_LABELS[a.listRole]}${a.memberId === sitting.presiderId ? ' (presiding)' : ''}`;
  const apologies = sitting.attendance.filter((a) => a.status === 'apologies').map((a) => a.name);
  return {
    dayAndTime: `${sittingDay(sitting.date)}, ${sitting.startTime}`,
    kindAndPlace: `${sitting.kind === 'main' ? 'Main' : 'Extra'} sitting. ${sittingPlace(sitting.venue, sitting.remoteLink)}`,
    papersDue: `Papers to members by ${formatDate(sitting.papersDue)}.`,
    expected: sitting.attendance
      .filter((a) => a.status === 'invited' || a.status === 'present')
      .map((a) => ({ name: a.name, role: role(a) })),
    apologies: apologies.length > 0 ? names(apologies) : null,
    adviser: sitting.adviserName,
    minuteTaker: sitting.minuteTakerName,
    previousMinutes: previousSitting
      ? `The minutes of the sitting on ${formatDate(previousSitting.date)}.`
      : 'No earlier sitting is recorded.',
    items: sitting.items.map((item) => ({
      number: `${item.number}.`,
      time: OFF_AGENDA[item.status] ? '—' : item.startTime,
      item: itemWords(item),
      reference: item.household?.reference ?? '—',
      presenters: names(itemPresenters(sitting, item), '—'),
    })),
    nextSitting: nextSitting ? `${sittingDay(nextSitting.date)}, ${nextSitting.startTime}.` : 'Not yet planned.',
  };
}
type AgendaFacts = ReturnType<typeof agendaFacts>;

/** The members expected (invited or confirmed), with their roles; and those who have sent apologies. */
function members(facts: AgendaFacts): FileChild[] {
  return [
    heading('Members expected', HeadingLevel.HEADING_1),
    facts.expected.length > 0
      ? table(
          ['Name', 'Role'],
          facts.expected.map((a) => [a.name, a.role]),
          MEMBER_COLUMNS,
        )
      : line(AGENDA_WORDS.noMembers),
    ...(facts.apologies ? [line(facts.apologies, 'Apologies received')] : []),
    ...(facts.adviser ? [line(facts.adviser, 'Panel adviser')] : []),
    ...(facts.minuteTaker ? [line(facts.minuteTaker, 'Minute-taker')] : []),
  ];
}

/** A standing item: its heading and what it is for. */
const standing = (title: string, text: string) => [heading(title, HeadingLevel.HEADING_2), line(text)];

/**
 * The agenda sent with the papers: the sitting's details, the members
 * expected, the standing items around the cases, and each case in order with
 * its number (fixed when the papers went out), time and presenters.
 * Households appear by reference only — no names, and never a child's name.
 */
export function buildAgendaDocument({ agencyName, ...context }: AgendaContext): Document {
  const facts = agendaFacts(context);
  const { sitting } = context;
  const rows = facts.items.map((item) => [item.number, item.time, item.item, item.reference, item.presenters]);
  return new Document({
    creator: safeText(agencyName),
    title: `Fostering panel agenda, ${formatDate(sitting.date)}`,
    sections: [
      {
        children: [
          new Paragraph({ children: [run(agencyName)], alignment: AlignmentType.RIGHT }),
          heading(AGENDA_WORDS.title, HeadingLevel.TITLE),
          new Paragraph({ children: [run(facts.dayAndTime, true)] }),
          line(facts.kindAndPlace),
          line(facts.papersDue),
          ...members(facts),
          heading('Agenda', HeadingLevel.HEADING_1),
          ...standing(...AGENDA_WORDS.welcome),
          ...standing(...AGENDA_WORDS.declarations),
          ...standing(AGENDA_WORDS.minutesTitle, facts.previousMinutes),
          heading('Items', HeadingLevel.HEADING_2),
          rows.length > 0 ? table([...AGENDA_ITEM_HEADERS], rows, ITEM_COLUMNS) : line(AGENDA_WORDS.noItems),
          ...standing(...AGENDA_WORDS.otherBusiness),
          ...standing(AGENDA_WORDS.nextTitle, facts.nextSitting),
          line(AGENDA_WORDS.confidential),
        ],
      },
    ],
  });
}
