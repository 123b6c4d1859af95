import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { decodeBase64 } from '../../letters/logo';
import { LOGO_BOX, LOGO_BOX_PNG, LOGO_MARK } from '../place-logo';

/**
 * The look of the built-in templates, as a local authority files its papers:
 * one sans-serif font throughout, headings in two sizes with space around
 * them, a header with the protective marking and the document's reference,
 * and a footer with "Page X of Y" and the template's version. The text in
 * braces is docxtemplater's placeholders, filled when a document is made.
 */

export const FONT = 'Arial';

const STYLES = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: { run: { font: FONT, size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 160 } } },
    heading2: { run: { font: FONT, size: 26, bold: true }, paragraph: { spacing: { before: 200, after: 120 } } },
  },
};

/** A paragraph of text with placeholders, one run, so each tag stays whole in the file. */
export const para = (text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, bold = false) => {
  const run: IRunOptions = { text, bold };
  return new Paragraph({ ...options, children: [new TextRun(run)] });
};

/** A loop or condition tag on a paragraph of its own: docxtemplater drops the paragraph and repeats (or keeps) those between. */
export const tag = (text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}) => para(text, options);

/**
 * Where the service's logo goes: a grey box whose alt text is `{{logo}}`,
 * between `{#has_logo}` and `{/has_logo}`, so it prints only when the settings
 * hold a logo, which replaces the box when the document is made (place-logo.ts).
 */
export const logoBox = (options: Omit<IParagraphOptions, 'children' | 'text'> = {}) => [
  tag('{#has_logo}', options),
  new Paragraph({
    ...options,
    children: [
      new ImageRun({
        type: 'png',
        data: decodeBase64(LOGO_BOX_PNG),
        transformation: LOGO_BOX,
        altText: { name: 'Service logo', title: 'Service logo', description: `{{${LOGO_MARK}}}` },
      }),
    ],
  }),
  tag('{/has_logo}', options),
];

/** A heading in the house style. */
export const sectionHeading = (text: string) => para(text, { heading: 'Heading2', keepNext: true });

const markingRun: IRunOptions = { text: '{protective_marking}', bold: true, size: 20 };

const marking = () =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [new TextRun(markingRun)],
  });

/** A line in bold, centred, on every page's header and footer (the draft minutes' marking). */
const frameLine = (text: string) => {
  const run: IRunOptions = { text, bold: true };
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun(run)] });
};

const header = (frameMark?: string) =>
  new Header({
    children: [
      ...(frameMark ? [frameLine(frameMark)] : []),
      marking(),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: 'Reference: {reference}', size: 18 })],
      }),
    ],
  });

const footer = (frameMark?: string) =>
  new Footer({
    children: [
      ...(frameMark ? [frameLine(frameMark)] : []),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0 },
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 }),
          new TextRun({ text: ' · {template_version}', size: 18 }),
        ],
      }),
      marking(),
    ],
  });

/** A whole template: house styles, header and footer on every page (with `frameMark` in both, when given). */
export function templateDocument(title: string, children: FileChild[], frameMark?: string): Document {
  return new Document({
    creator: 'Fostering Panel',
    title,
    styles: STYLES,
    sections: [{ headers: { default: header(frameMark) }, footers: { default: footer(frameMark) }, children }],
  });
}
