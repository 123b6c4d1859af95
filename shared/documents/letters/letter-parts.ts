import {
  AlignmentType,
  Document,
  FrameAnchorType,
  FrameWrap,
  HeightRule,
  Paragraph,
  type FileChild,
  type IFrameOptions,
  type ParagraphChild,
} from 'docx';
import { formatDate } from '../../domain/dates';
import type { LetterHousehold } from '../../schemas/decision';
import type { TermsOfApproval } from '../../schemas/household';
import { line, run } from '../docx-parts';
import { termsWording } from '../minutes/terms-wording';
import { safeText } from '../safe-text';
import type { LetterAgency, Signatory } from './letter-input';
import { addresseeNames, addressLines, salutation } from './addressee';
import { logoRun } from './logo';

/**
 * The frame every letter shares: letterhead, addressee, date, reference,
 * greeting and sign-off. Every piece of user text reaches the file through
 * `run` (and so `safeText`) as a plain TextRun: the email address too, never a
 * hyperlink.
 */

/** A line of a block (letterhead, address, signature): no space after it; in a frame where one is given. */
const blockLine = (
  children: ParagraphChild[],
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType],
  frame?: IFrameOptions,
) =>
  new Paragraph({ children, spacing: { after: 0 }, ...(alignment ? { alignment } : {}), ...(frame ? { frame } : {}) });

const gap = () => new Paragraph({ children: [] });

/** The lines of the service's own address as typed (one per line). */
const typedLines = (address: string | null) =>
  (address ?? '')
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** "Ann", "Ann and Bob", "Ann, Bob and Cal". */
export function joinNames(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1] ?? ''}`;
}

/** "foster carers" for a couple, "a foster carer" for one person. */
export const carers = (household: LetterHousehold) =>
  household.applicantNames.length > 1 ? 'foster carers' : 'a foster carer';

export interface Bold {
  kind: 'bold';
  text: string;
}

/** Words to stand out in a sentence: a date to act by, an end date. */
export const bold = (text: string): Bold => ({ kind: 'bold', text });

/** A paragraph of our own wording around user text: every part still goes through `run`. */
export const say = (...parts: (string | Bold)[]) =>
  new Paragraph({ children: parts.map((part) => (typeof part === 'string' ? run(part) : run(part.text, true))) });

/** A bold sub-heading inside the letter. */
export const subheading = (text: string) => new Paragraph({ keepNext: true, children: [run(text, true)] });

/** Someone else's words (a recommendation, reasons), set in from the margin, one paragraph per line typed. */
export function quoted(text: string | null | undefined): Paragraph[] {
  return (text ?? '')
    .split(/\r\n|\r|\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => new Paragraph({ indent: { left: 567 }, children: [run(part.trim())] }));
}

/** Terms of approval in words, one per line; "Named children" only when the terms name any. */
export function termsLines(terms: TermsOfApproval): Paragraph[] {
  return termsWording(terms)
    .filter(([label]) => label !== 'Named children' || terms.namedChildren.length > 0)
    .map(([label, value]) => new Paragraph({ indent: { left: 567 }, children: [run(`${label}: `, true), run(value)] }));
}

/** Millimetres in twips (1,440 to the inch). */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/**
 * Where a DL or C5 window envelope shows the address of an A4 letter folded in
 * three: 25 mm from the left edge, 50 mm from the top, 85 mm wide (the window
 * is 90 × 45 mm, 20 mm from the left). The block is a frame fixed to the page,
 * so a long letterhead cannot push it out of the window; nothing is set beside
 * it, so the letter's text starts below it.
 */
export const WINDOW: IFrameOptions = {
  type: 'absolute',
  position: { x: mm(25), y: mm(50) },
  width: mm(85),
  // At least the window's height, so the date and greeting start below it even when the envelope lets the letter slide.
  height: mm(42),
  rule: HeightRule.ATLEAST,
  anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
  wrap: FrameWrap.NOT_BESIDE,
};

/**
 * The letterhead sits at the top right, beside the window and clear of it
 * (from 110 mm to the right margin), in a frame of its own, so however many
 * lines it has the address stays in the window and the letter starts below both.
 */
const LETTERHEAD: IFrameOptions = {
  type: 'absolute',
  position: { x: mm(110), y: mm(15) },
  width: mm(75),
  anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
  wrap: FrameWrap.NOT_BESIDE,
};

function letterhead(agency: LetterAgency): Paragraph[] {
  const { agencyName, agencyContact: contact } = agency;
  const logo = logoRun(contact.logoDataUrl, agencyName);
  const right = AlignmentType.RIGHT;
  return [
    ...(logo ? [blockLine([logo], right, LETTERHEAD)] : []),
    blockLine([run(agencyName, true)], right, LETTERHEAD),
    ...typedLines(contact.address).map((part) => blockLine([run(part)], right, LETTERHEAD)),
    ...(contact.phone ? [blockLine([run(`Telephone: ${contact.phone}`)], right, LETTERHEAD)] : []),
    ...(contact.email ? [blockLine([run(`Email: ${contact.email}`)], right, LETTERHEAD)] : []),
  ];
}

/** The address block: each applicant, then each line of the address, the postcode on its own line. */
function addressee(household: LetterHousehold): Paragraph[] {
  const lines = [...addresseeNames(household), ...addressLines(household.address)];
  return [...lines.map((text) => blockLine([run(text)], undefined, WINDOW)), gap()];
}

function signOff(signatory: Signatory | null, agencyName: string): Paragraph[] {
  return [
    gap(),
    blockLine([run('Yours sincerely')]),
    gap(),
    gap(),
    ...(signatory ? [blockLine([run(signatory.name, true)]), blockLine([run(signatory.role)])] : []),
    blockLine([run(signatory ? agencyName : `For ${agencyName}`)]),
  ];
}

export interface LetterFrame {
  agency: LetterAgency;
  letterDate: string;
  household: LetterHousehold;
  /** The bold line under the greeting saying what the letter is about. */
  subject: string;
  /** The title in the file's properties. */
  title: string;
  body: FileChild[];
  signatory: Signatory | null;
}

/** Letters are read on paper by carers: a plain, large font and space between paragraphs. */
const STYLES = {
  default: { document: { run: { font: 'Arial', size: 24 }, paragraph: { spacing: { after: 160 } } } },
};

function document(agency: LetterAgency, title: string, children: FileChild[]): Document {
  return new Document({
    creator: safeText(agency.agencyName),
    title: safeText(title),
    styles: STYLES,
    sections: [{ children }],
  });
}

/** A letter to the household's applicants, by name, at their address. */
export function letterDocument(frame: LetterFrame): Document {
  const { agency, household } = frame;
  return document(agency, frame.title, [
    ...letterhead(agency),
    ...addressee(household),
    line(formatDate(frame.letterDate)),
    line(household.reference, 'Our reference'),
    line(salutation(household)),
    new Paragraph({ children: [run(frame.subject, true)] }),
    ...frame.body,
    ...signOff(frame.signatory, agency.agencyName),
  ]);
}

export interface RecordFrame {
  agency: LetterAgency;
  recordDate: string;
  /** The record's heading. */
  title: string;
  body: FileChild[];
}

/** A record for the file rather than a letter: the letterhead, its date and its content, with no greeting. */
export function recordDocument(frame: RecordFrame): Document {
  return document(frame.agency, frame.title, [
    ...letterhead(frame.agency),
    gap(),
    new Paragraph({ children: [run(frame.title, true)] }),
    line(formatDate(frame.recordDate), 'Date of this record'),
    ...frame.body,
  ]);
}
