import { AlignmentType, Paragraph, TextRun, type FileChild, type IRunOptions } from 'docx';
import { para, tag } from './house-style';

/**
 * Pieces the built-in templates of records (not letters: no addressee, no
 * greeting) share: the service's letterhead at the top right and labelled
 * lines. Each placeholder is one run of its own, so each tag stays whole.
 */

const right = { alignment: AlignmentType.RIGHT, spacing: { after: 0 } } as const;

/** The service's name, address, telephone and email, right-aligned at the top of the first page. */
export function recordLetterhead(): FileChild[] {
  return [
    para('{agency_name}', right, true),
    tag('{#agency_address}', right),
    para('{line}', right),
    tag('{/agency_address}', right),
    tag('{#agency_phone}', right),
    para('Telephone: {agency_phone}', right),
    tag('{/agency_phone}', right),
    tag('{#agency_email}', right),
    para('Email: {agency_email}', right),
    tag('{/agency_email}', right),
    para(''),
  ];
}

/** "Label: {value}": the label in bold, as the code-built records print it. */
export function labelled(label: string, placeholder: string, indent = false): Paragraph {
  const bold: IRunOptions = { text: `${label}: `, bold: true };
  const value: IRunOptions = { text: placeholder };
  return new Paragraph({
    ...(indent ? { indent: { left: 567 } } : {}),
    children: [new TextRun(bold), new TextRun(value)],
  });
}

/** A bold label over the lines that follow it. */
export const strongLine = (text: string) => para(text, { keepNext: true }, true);

/** Someone else's words, set in from the margin: each line of a loop its own paragraph. */
export function quotedLines(loop: string): FileChild[] {
  return [tag(`{#${loop}}`), para('{line}', { indent: { left: 567 } }), tag(`{/${loop}}`)];
}

/** A bold label and its quoted lines, both kept out when the flag is not set. */
export function labelledLines(flag: string, label: string, loop: string): FileChild[] {
  return [tag(`{#${flag}}`), strongLine(label), ...quotedLines(loop), tag(`{/${flag}}`)];
}
