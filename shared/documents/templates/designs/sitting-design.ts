import { Paragraph, TextRun, type FileChild, type IRunOptions } from 'docx';
import { para, tag } from './house-style';

/**
 * Pieces of the sitting's documents (agenda, minutes): headings at the
 * code-built documents' levels, bold labels before a placeholder, and
 * conditions on paragraphs of their own so a part left out leaves no blank line.
 */

export const title = (text: string) => para(text, { heading: 'Heading1', keepNext: true });
export const h1 = (text: string) => para(text, { heading: 'Heading2', keepNext: true });
export const h2 = (text: string) => para(text, { heading: 'Heading3', keepNext: true });
export const h3 = (text: string) => para(text, { heading: 'Heading4', keepNext: true });
export const bold = (text: string) => para(text, {}, true);

/** "Label: {value}": the label bold, as the code-built documents print a labelled line. */
export function labelled(label: string, value: string): Paragraph {
  const labelRun: IRunOptions = { text: `${label}: `, bold: true };
  const valueRun: IRunOptions = { text: value };
  return new Paragraph({ children: [new TextRun(labelRun), new TextRun(valueRun)] });
}

/** `{#name}` … `{/name}` around whole paragraphs (or a table): printed only when the flag is yes, or once per loop entry. */
export const section = (name: string, children: FileChild[]): FileChild[] => [
  tag(`{#${name}}`),
  ...children,
  tag(`{/${name}}`),
];

/** `{^name}` … `{/name}`: printed only when the flag is no. */
export const otherwise = (name: string, children: FileChild[]): FileChild[] => [
  tag(`{^${name}}`),
  ...children,
  tag(`{/${name}}`),
];
