import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { z } from 'zod';
import { flatten, paragraphsOf } from './docx-plain-text';
import { loopStatutoryNames, statutoryNames } from './fields';

/**
 * Fills a Word template with a document's data. Only docxtemplater's default
 * logic-less parser is used: a tag names a value, a loop or a condition, and
 * nothing in a template is ever evaluated as code. Every value is inserted as
 * text: docxtemplater escapes XML's special characters, the data builders
 * have already passed user text through `safeText` (no control or direction
 * characters), and a value is never read as a tag again, so braces typed by a
 * user print as braces. `{@raw}` tags, which would insert markup, are refused
 * when a template is uploaded (`check-template.ts`) and the built-in templates have none.
 */
export function renderTemplate(template: Uint8Array, data: Record<string, unknown>): Uint8Array {
  const document = new Docxtemplater(new PizZip(template), {
    paragraphLoop: true,
    linebreaks: true,
    // The data is checked against the kind's schema before it gets here; an unknown name prints nothing.
    nullGetter: () => '',
  });
  document.render(data);
  return document.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The visible text of a rendered document's body, flattened. */
export function documentText(bytes: Uint8Array): string {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  return flatten(paragraphsOf(xml).join('\n'));
}

/** The statutory blocks of a kind whose wording a rendered document does not show, by placeholder name. */
export function missingStatutoryText(bytes: Uint8Array, schema: z.ZodObject, data: Record<string, unknown>): string[] {
  const shown = documentText(bytes);
  const missing = statutoryNames(schema).filter((name) => {
    const value = data[name];
    return typeof value !== 'string' || !shown.includes(flatten(value));
  });
  // A statutory loop inside a loop: every text of every entry must show (each item's recommendation, paragraph by paragraph).
  for (const { loop, name } of loopStatutoryNames(schema)) {
    const entries = Array.isArray(data[loop]) ? (data[loop] as Record<string, unknown>[]) : [];
    const texts = entries.flatMap((entry) => (Array.isArray(entry[name]) ? (entry[name] as unknown[]) : []));
    const strings = texts.flatMap((text) =>
      typeof text === 'object' && text !== null ? Object.values(text).filter((v) => typeof v === 'string') : [],
    );
    if (strings.some((text) => flatten(text) !== '' && !shown.includes(flatten(text)))) missing.push(name);
  }
  return missing;
}
