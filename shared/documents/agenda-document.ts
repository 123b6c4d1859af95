import { AlignmentType, Document, HeadingLevel, Paragraph } from 'docx';
import { formatDate } from '../domain/dates';
import type { SittingDetail } from '../schemas/sitting-views';
import { heading, line, run, sittingDay, sittingPlace, table } from './docx-parts';
import { safeText } from './safe-text';

const OFF_AGENDA: Partial<Record<SittingDetail['items'][number]['status'], string>> = {
  withdrawn: 'withdrawn',
  deferred: 'deferred to a later sitting',
  moved: 'moved to another sitting',
};

export interface AgendaContext {
  agencyName: string;
  sitting: SittingDetail;
}

/**
 * The agenda sent with the papers: the sitting's details and its items in
 * order with times and presenters. Households appear by reference only — no
 * names, and never a child's name.
 */
export function buildAgendaDocument({ agencyName, sitting }: AgendaContext): Document {
  const where = sittingPlace(sitting.venue, sitting.remoteLink);
  const presenters = (itemId: string) =>
    sitting.people
      .filter((p) => p.kind === 'presenter' && p.itemId === itemId)
      .map((p) => p.name)
      .join(', ') || '—';
  // Every item keeps the number it had when the papers went out: one taken off the agenda is shown as such.
  const items = sitting.items;
  const rows = items.map((item) => [
    OFF_AGENDA[item.status] ? '—' : item.startTime,
    [
      `${item.number}. ${item.typeLabel}${item.title ? `: ${item.title}` : ''}`,
      ...(item.addedLate ? [' (added late)'] : []),
      ...(OFF_AGENDA[item.status] ? [` — ${OFF_AGENDA[item.status]}`] : []),
    ].join(''),
    item.household?.reference ?? '—',
    presenters(item.id),
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
          heading('Items', HeadingLevel.HEADING_1),
          items.length > 0 ? table(['Time', 'Item', 'Reference', 'Presenter'], rows) : line('No items yet.'),
          line(
            'This agenda identifies households by reference only. Panel papers are confidential: keep them secure and return or destroy them after the sitting.',
          ),
        ],
      },
    ],
  });
}
