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

/** The members expected (invited or confirmed), with their roles; and those who have sent apologies. */
function members(sitting: SittingDetail): FileChild[] {
  const expected = sitting.attendance.filter((a) => a.status === 'invited' || a.status === 'present');
  const role = (a: SittingDetail['attendance'][number]) =>
    `${LIST_ROLE_LABELS[a.listRole]}${a.memberId === sitting.presiderId ? ' (presiding)' : ''}`;
  const apologies = sitting.attendance.filter((a) => a.status === 'apologies').map((a) => a.name);
  return [
    heading('Members expected', HeadingLevel.HEADING_1),
    expected.length > 0
      ? table(
          ['Name', 'Role'],
          expected.map((a) => [a.name, role(a)]),
          MEMBER_COLUMNS,
        )
      : line('No members have been invited yet.'),
    ...(apologies.length > 0 ? [line(names(apologies), 'Apologies received')] : []),
    ...(sitting.adviserName ? [line(sitting.adviserName, 'Panel adviser')] : []),
    ...(sitting.minuteTakerName ? [line(sitting.minuteTakerName, 'Minute-taker')] : []),
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
export function buildAgendaDocument({ agencyName, sitting, previousSitting, nextSitting }: AgendaContext): Document {
  const where = sittingPlace(sitting.venue, sitting.remoteLink);
  const rows = sitting.items.map((item) => [
    `${item.number}.`,
    OFF_AGENDA[item.status] ? '—' : item.startTime,
    itemWords(item),
    item.household?.reference ?? '—',
    names(itemPresenters(sitting, item), '—'),
  ]);
  return new Document({
    creator: safeText(agencyName),
    title: `Fostering panel agenda, ${formatDate(sitting.date)}`,
    sections: [
      {
        children: [
          new Paragraph({ children: [run(agencyName)], alignment: AlignmentType.RIGHT }),
          heading('Fostering panel agenda', HeadingLevel.TITLE),
          new Paragraph({ children: [run(`${sittingDay(sitting.date)}, ${sitting.startTime}`, true)] }),
          line(`${sitting.kind === 'main' ? 'Main' : 'Extra'} sitting. ${where}`),
          line(`Papers to members by ${formatDate(sitting.papersDue)}.`),
          ...members(sitting),
          heading('Agenda', HeadingLevel.HEADING_1),
          ...standing('Welcome and apologies', 'The chair welcomes those present and notes apologies.'),
          ...standing(
            'Declarations of interest',
            'Members declare any interest in an item below; a member with a conflict withdraws for that item.',
          ),
          ...standing(
            'Minutes of the last sitting',
            previousSitting
              ? `The minutes of the sitting on ${formatDate(previousSitting.date)}.`
              : 'No earlier sitting is recorded.',
          ),
          heading('Items', HeadingLevel.HEADING_2),
          rows.length > 0
            ? table(['No.', 'Time', 'Item', 'Reference', 'Presented by'], rows, ITEM_COLUMNS)
            : line('No items yet.'),
          ...standing('Any other business', 'Any other business the chair agrees to take.'),
          ...standing(
            'Date of the next sitting',
            nextSitting ? `${sittingDay(nextSitting.date)}, ${nextSitting.startTime}.` : 'Not yet planned.',
          ),
          line(
            'This agenda identifies households by reference only. Panel papers are confidential: keep them secure and return or destroy them after the sitting.',
          ),
        ],
      },
    ],
  });
}
