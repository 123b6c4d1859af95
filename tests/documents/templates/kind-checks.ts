import { Packer, type Document } from 'docx';
import PizZip from 'pizzip';
import { expect } from 'vitest';
import type { z } from 'zod';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { statutoryNames } from '../../../shared/documents/templates/fields';
import { paragraphsOf, flatten } from '../../../shared/documents/templates/docx-plain-text';
import { editBody } from './template-edits';

/**
 * Checks every templated kind's engine test makes: each statutory block,
 * removed or put inside a condition, is refused with its message.
 */
export function expectStatutoryBlocksGuarded(builtIn: Uint8Array, schema: z.ZodObject, condition: string): void {
  const names = statutoryNames(schema);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const removed = editBody(builtIn, (xml) => xml.replace(`{${name}}`, 'As agreed.'));
    expect(templateProblems('t.docx', removed, schema).join(' '), name).toContain(
      `The statutory block {${name}} is missing`,
    );
    const hidden = editBody(builtIn, (xml) => xml.replace(`{${name}}`, `{#${condition}}{${name}}{/${condition}}`));
    expect(templateProblems('t.docx', hidden, schema).join(' '), name).toContain(
      `The statutory block {${name}} is inside the condition or loop {#${condition}}`,
    );
  }
}

/** A code-built document's body, paragraph by paragraph, flattened: what the templated one must also say. */
export async function codeBuiltParagraphs(document: Document): Promise<string[]> {
  const zip = new PizZip(await Packer.toBuffer(document));
  return paragraphsOf(zip.file('word/document.xml')?.asText() ?? '')
    .map(flatten)
    .filter((text) => text !== '');
}

/** A paragraph moved before another, each found by words it holds, as an administrator reorders them in Word. */
export function moveParagraphBefore(xml: string, moving: string, before: string): string {
  const paragraph = (words: string) =>
    new RegExp(`<w:p>(?:(?!<w:p>).)*?${words.replace(/[{}]/g, '\\$&')}(?:(?!<w:p>).)*?</w:p>`, 's').exec(xml)?.[0] ??
    '';
  const moved = paragraph(moving);
  const target = paragraph(before);
  if (!moved || !target) throw new Error(`Paragraphs not found: ${moving}, ${before}`);
  return xml.replace(moved, '').replace(target, `${moved}${target}`);
}
