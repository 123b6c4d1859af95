import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Every part of a saved DOCX, by its path in the zip, as text. */
export function docxParts(file: string): Record<string, string> {
  const entries = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The visible text of a WordprocessingML part (paragraphs on separate lines). */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The visible text of a saved DOCX, read back from the file itself (paragraphs on separate lines). */
export function docxText(file: string): string {
  return xmlText(docxParts(file)['word/document.xml'] ?? '');
}

/** The visible text of each header and each footer part of a saved DOCX. */
export function docxHeadersAndFooters(file: string): { headers: string[]; footers: string[] } {
  const parts = Object.entries(docxParts(file));
  const of = (kind: string) =>
    parts.filter(([name]) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(name)).map(([, xml]) => xmlText(xml));
  return { headers: of('header'), footers: of('footer') };
}
