import { Paragraph } from 'docx';
import type { TermsOfApproval } from '../../schemas/household';
import { run } from '../docx-parts';
import { termsWording } from '../minutes/terms-wording';
import { safeText } from '../safe-text';
import { say, subheading, type Bold } from './letter-parts';

/**
 * A letter's wording as lines, before it is laid out: the code-built letter
 * makes each line a paragraph, a Word template's statutory block prints them
 * as one block of text. Both are made from the same lines, so the wording the
 * law requires cannot differ between the two.
 */
export interface LetterLine {
  parts: (string | Bold)[];
  /** `said`: a paragraph of our wording; `setIn`: someone's words or terms, set in from the margin; `subheading`. */
  style: 'said' | 'setIn' | 'subheading';
}

/** A paragraph of our own wording. */
export const said = (...parts: (string | Bold)[]): LetterLine => ({ parts, style: 'said' });

/** A sub-heading inside the letter. */
export const subheadingLine = (text: string): LetterLine => ({ parts: [text], style: 'subheading' });

/** Someone else's words (a recommendation, reasons), set in from the margin, one line per line typed. */
export function setInLines(text: string | null | undefined): LetterLine[] {
  return (text ?? '')
    .split(/\r\n|\r|\n/)
    .filter((part) => part.trim() !== '')
    .map((part): LetterLine => ({ parts: [part.trim()], style: 'setIn' }));
}

/** Terms of approval in words, one per line, the label bold; "Named children" only when the terms name any. */
export function termsLetterLines(terms: TermsOfApproval): LetterLine[] {
  return termsWording(terms)
    .filter(([label]) => label !== 'Named children' || terms.namedChildren.length > 0)
    .map(([label, value]): LetterLine => ({ parts: [{ kind: 'bold', text: `${label}: ` }, value], style: 'setIn' }));
}

const partText = (part: string | Bold) => (typeof part === 'string' ? part : part.text);

/** The lines as the code-built letter lays them out: one paragraph each. */
export function lineParagraphs(lines: readonly LetterLine[]): Paragraph[] {
  return lines.map((line) => {
    if (line.style === 'subheading') return subheading(line.parts.map(partText).join(''));
    if (line.style === 'said') return say(...line.parts);
    return new Paragraph({
      indent: { left: 567 },
      children: line.parts.map((part) => (typeof part === 'string' ? run(part) : run(part.text, true))),
    });
  });
}

/**
 * The lines as one block of text for a template, user text made safe: a line
 * break before a set-in line (the next of a list or quotation), a blank line
 * before a new paragraph or sub-heading, so the block reads as paragraphs.
 */
export const linesText = (lines: readonly LetterLine[]): string =>
  safeText(
    lines
      .map(
        (line, index) =>
          `${index === 0 ? '' : line.style === 'setIn' ? '\n' : '\n\n'}${line.parts.map(partText).join('')}`,
      )
      .join(''),
  );
