import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** The visible text of a saved DOCX, read back from the file itself (paragraphs on separate lines). */
export function docxText(file: string): string {
  const entries = unzipSync(readFileSync(file));
  const xml = strFromU8(entries['word/document.xml'] ?? new Uint8Array());
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
