import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';

/** Characters XML 1.0 forbids anywhere in a document, escaped or not. */
/* eslint-disable no-control-regex -- these are exactly the characters being looked for */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */

/** The only fields the app writes itself: the page number (minutes), and "Page X of Y" in a template's footer. */
const APP_FIELDS = new Set(['PAGE', 'NUMPAGES']);

/** Parses strictly: any well-formedness error throws, naming the part. */
function parseStrictly(xml: string, part: string): void {
  const fail = (message: string) => {
    throw new Error(`${part} is not well-formed XML: ${message}`);
  };
  new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(
    xml,
    'application/xml',
  );
}

/**
 * A DOCX that any word processor can open and that can do nothing but show
 * text: a zip with the parts Word needs, every XML part well-formed and free
 * of characters XML forbids, no hyperlinks, no external targets and no fields
 * but the app's own page number.
 */
export function expectSoundDocx(file: string, name = file): Record<string, string> {
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  const parts = Object.fromEntries(Object.entries(entries).map(([part, bytes]) => [part, strFromU8(bytes)]));
  for (const required of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']) {
    expect(Object.keys(parts), `${name} has ${required}`).toContain(required);
  }
  for (const [part, xml] of Object.entries(parts)) {
    if (!/\.(?:xml|rels)$/.test(part)) continue;
    const where = `${name}: ${part}`;
    expect(XML_FORBIDDEN.test(xml), `${where} holds a character XML forbids`).toBe(false);
    parseStrictly(xml, where);
    expect(xml, where).not.toMatch(/<w:hyperlink\b|<w:fldSimple\b|TargetMode="External"/);
    const instructions = [...xml.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g)].map((m) =>
      (m[1] ?? '').trim(),
    );
    expect(
      instructions.filter((field) => !APP_FIELDS.has(field)),
      `${where} has fields`,
    ).toEqual([]);
  }
  return parts;
}
