import { HeadingLevel, type FileChild } from 'docx';
import { heading, line, strong } from '../docx-parts';

/**
 * The minutes as paragraphs in words, before they are a Word document: the
 * code builder turns them into docx paragraphs (`minutesDocx`) and the
 * minutes' Word template prints the same paragraphs through its loops, so
 * the two say the same thing in the same order.
 */
export type MinutesLine =
  | { style: 'heading1' | 'heading2' | 'heading3'; text: string }
  | { style: 'strong'; text: string }
  | { style: 'line'; text: string; label?: string };

export const h1 = (text: string): MinutesLine => ({ style: 'heading1', text });
export const h2 = (text: string): MinutesLine => ({ style: 'heading2', text });
export const h3 = (text: string): MinutesLine => ({ style: 'heading3', text });
export const bold = (text: string): MinutesLine => ({ style: 'strong', text });
export const said = (text: string, label?: string): MinutesLine => ({
  style: 'line',
  text,
  ...(label ? { label } : {}),
});

/** Free text as typed: one paragraph per line, blank lines dropped. */
export const typedLines = (text: string): MinutesLine[] =>
  text
    .split(/\r\n|\r|\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => said(part));

/** A heading over free text, or nothing at all when there is no text. */
export function typedSection(title: string, text: string | null, level: (t: string) => MinutesLine): MinutesLine[] {
  const parts = text ? typedLines(text) : [];
  return parts.length > 0 ? [level(title), ...parts] : [];
}

const LEVELS = {
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
  heading3: HeadingLevel.HEADING_3,
} as const;

/** The paragraphs as the code-built minutes print them. */
export function minutesDocx(lines: readonly MinutesLine[]): FileChild[] {
  return lines.map((l) => {
    if (l.style === 'strong') return strong(l.text);
    if (l.style === 'line') return line(l.text, l.label);
    return heading(l.text, LEVELS[l.style]);
  });
}
