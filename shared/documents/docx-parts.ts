import {
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type HeadingLevel,
  type IRunOptions,
} from 'docx';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { parseIsoDate } from '../domain/dates';
import { safeText } from './safe-text';

/**
 * The building blocks every document uses. All text goes through `safeText`
 * and into a plain TextRun: user text can never become a field, a hyperlink
 * or markup.
 */

/** Typed options: TextRun also accepts a plain string, which would make `bold` look like String.prototype.bold. */
export const run = (text: string, bold = false) => {
  const options: IRunOptions = { text: safeText(text), bold };
  return new TextRun(options);
};

/** Text that may hold line breaks, as runs with a break before each later line. */
const runs = (text: string) =>
  text.split(/\r\n|\r|\n/).map((part, index) => {
    const options: IRunOptions = { text: safeText(part), ...(index > 0 ? { break: 1 } : {}) };
    return new TextRun(options);
  });

/** One paragraph; with a label, the label is bold and followed by a colon. */
export const line = (text: string, label?: string) =>
  new Paragraph({ children: label ? [run(`${label}: `, true), ...runs(text)] : runs(text) });

/** A paragraph in bold: an outcome, or a label over the lines that follow. */
export const strong = (text: string) => new Paragraph({ children: [run(text, true)] });

export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [run(text)] });

/** Free text as typed: one paragraph per line, blank lines dropped (a run cannot hold a line break). */
export const paragraphs = (text: string): Paragraph[] =>
  text
    .split(/\r\n|\r|\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => line(part));

/** A heading over free text, or nothing at all when there is no text. */
export const textSection = (
  title: string,
  text: string | null,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
): Paragraph[] => {
  const parts = text ? paragraphs(text) : [];
  return parts.length > 0 ? [heading(title, level), ...parts] : [];
};

export const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [run(text, bold)] })] });

/** The text width of an A4 page with the default 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;

const sizedCell = (text: string, bold: boolean, twips: number | undefined) =>
  new TableCell({
    children: [new Paragraph({ children: [run(text, bold)] })],
    ...(twips ? { width: { size: twips, type: WidthType.DXA } } : {}),
  });

/**
 * A full-width table whose first row is the header, repeated on each page. With
 * `widths` (each column's share of the page, summing to 1) the columns are
 * fixed at those widths, set on the grid and on every cell so Word and
 * LibreOffice agree; without, the word processor shares the width out.
 */
export const table = (headers: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]) => {
  const twips = widths?.map((share) => Math.round(share * TEXT_WIDTH_TWIPS));
  const row = (texts: readonly string[], bold: boolean) => texts.map((text, i) => sizedCell(text, bold, twips?.[i]));
  return new Table({
    width: twips ? { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA } : { size: 100, type: WidthType.PERCENTAGE },
    ...(twips ? { columnWidths: twips, layout: TableLayoutType.FIXED } : {}),
    rows: [
      new TableRow({ tableHeader: true, children: row(headers, true) }),
      ...rows.map((texts) => new TableRow({ children: row(texts, false) })),
    ],
  });
};

/** "Tuesday 5 January 2027": a sitting's day in full. */
export const sittingDay = (iso: string) => format(parseIsoDate(iso), 'EEEE d MMMM yyyy', { locale: enGB });

/** Where a sitting meets; the remote link stays plain text. */
export const sittingPlace = (venue: string | null, remoteLink: string | null) =>
  [venue, remoteLink ? `Remote: ${remoteLink}` : null].filter(Boolean).join('; ');

/** A list of names for a sentence, or the words for none. */
export const names = (list: readonly string[], none = 'None') => (list.length > 0 ? list.join(', ') : none);
