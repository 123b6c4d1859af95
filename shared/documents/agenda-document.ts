import {
  AlignmentType,
  Document,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { formatDate, parseIsoDate } from '../domain/dates';
import type { SittingDetail } from '../schemas/sitting-views';
import { safeText } from './safe-text';

export interface AgendaContext {
  agencyName: string;
  sitting: SittingDetail;
}

/** Typed options: TextRun also accepts a plain string, which would make `bold` look like String.prototype.bold. */
const run = (text: string, bold = false) => {
  const options: IRunOptions = { text: safeText(text), bold };
  return new TextRun(options);
};

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [run(text, bold)] })] });

/**
 * The agenda sent with the papers: the sitting's details and its items in
 * order with times and presenters. Households appear by reference only — no
 * names, and never a child's name.
 */
export function buildAgendaDocument({ agencyName, sitting }: AgendaContext): Document {
  const day = format(parseIsoDate(sitting.date), 'EEEE d MMMM yyyy', { locale: enGB });
  const where = [sitting.venue, sitting.remoteLink ? `Remote: ${sitting.remoteLink}` : null].filter(Boolean).join('; ');
  const presenters = (itemId: string) =>
    sitting.people
      .filter((p) => p.kind === 'presenter' && p.itemId === itemId)
      .map((p) => p.name)
      .join(', ') || '—';
  const items = sitting.items.filter((i) => i.status === 'scheduled' || i.status === 'heard');
  const rows = [
    new TableRow({ tableHeader: true, children: ['Time', 'Item', 'Reference', 'Presenter'].map((h) => cell(h, true)) }),
    ...items.map(
      (item, index) =>
        new TableRow({
          children: [
            cell(item.startTime),
            cell(`${index + 1}. ${item.typeLabel}${item.title ? `: ${item.title}` : ''}`),
            cell(item.household?.reference ?? '—'),
            cell(presenters(item.id)),
          ],
        }),
    ),
  ];
  return new Document({
    creator: safeText(agencyName),
    title: `Fostering panel agenda, ${formatDate(sitting.date)}`,
    sections: [
      {
        children: [
          new Paragraph({ text: safeText(agencyName), alignment: AlignmentType.RIGHT }),
          new Paragraph({ text: 'Fostering panel agenda', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [run(`${day}, ${sitting.startTime}`, true)] }),
          new Paragraph({ text: `${sitting.kind === 'main' ? 'Main' : 'Extra'} sitting. ${safeText(where)}` }),
          new Paragraph({ text: `Papers to members by ${formatDate(sitting.papersDue)}.` }),
          new Paragraph({ text: 'Items', heading: HeadingLevel.HEADING_1 }),
          items.length > 0
            ? new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })
            : new Paragraph({ text: 'No items yet.' }),
          new Paragraph({
            text: 'This agenda identifies households by reference only. Panel papers are confidential: keep them secure and return or destroy them after the sitting.',
          }),
        ],
      },
    ],
  });
}
