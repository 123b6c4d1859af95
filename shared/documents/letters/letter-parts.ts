import { AlignmentType, Document, Paragraph, type FileChild, type ParagraphChild } from 'docx';
import { formatDate } from '../../domain/dates';
import type { LetterHousehold } from '../../schemas/decision';
import type { TermsOfApproval } from '../../schemas/household';
import { line, run } from '../docx-parts';
import { termsWording } from '../minutes/terms-wording';
import { safeText } from '../safe-text';
import type { LetterAgency, Signatory } from './letter-input';
import { logoRun } from './logo';

/**
 * The frame every letter shares: letterhead, addressee, date, reference,
 * greeting and sign-off. Every piece of user text reaches the file through
 * `run` (and so `safeText`) as a plain TextRun: the email address too, never a
 * hyperlink.
 */

/** A line of a block (letterhead, address, signature): no space after it. */
const blockLine = (children: ParagraphChild[], alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Paragraph({ children, spacing: { after: 0 }, ...(alignment ? { alignment } : {}) });

const gap = () => new Paragraph({ children: [] });

/** The lines of an address as typed (one per line). */
const addressLines = (address: string | null) =>
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

function letterhead(agency: LetterAgency): Paragraph[] {
  const { agencyName, agencyContact: contact } = agency;
  const logo = logoRun(contact.logoDataUrl, agencyName);
  const right = AlignmentType.RIGHT;
  return [
    ...(logo ? [blockLine([logo], right)] : []),
    blockLine([run(agencyName, true)], right),
    ...addressLines(contact.address).map((part) => blockLine([run(part)], right)),
    ...(contact.phone ? [blockLine([run(`Telephone: ${contact.phone}`)], right)] : []),
    ...(contact.email ? [blockLine([run(`Email: ${contact.email}`)], right)] : []),
    gap(),
  ];
}

function addressee(household: LetterHousehold): Paragraph[] {
  return [
    ...household.applicantNames.map((name) => blockLine([run(name)])),
    ...addressLines(household.address).map((part) => blockLine([run(part)])),
    gap(),
  ];
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
    line(`Dear ${joinNames(household.applicantNames)},`),
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
    new Paragraph({ children: [run(frame.title, true)] }),
    line(formatDate(frame.recordDate), 'Date of this record'),
    ...frame.body,
  ]);
}
