import { readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { builtInFileName, type TemplatedKind } from '../../../shared/documents/templates/template-kinds';

/** The built-in template of a kind, as the repository keeps it. */
export function builtInTemplate(kind: TemplatedKind): Uint8Array {
  return new Uint8Array(
    readFileSync(path.join(import.meta.dirname, '../../../shared/documents/templates/built-in', builtInFileName(kind))),
  );
}

/** A template with one part's XML changed, as an administrator's edit in Word would: the zip edited with pizzip. */
export function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const zip = new PizZip(bytes);
  zip.file(part, edit(zip.file(part)?.asText() ?? ''));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The body's XML changed. */
export const editBody = (bytes: Uint8Array, edit: (xml: string) => string) =>
  editPart(bytes, 'word/document.xml', edit);

/** A file added to the zip (a macro project, a relationship). */
export function addPart(bytes: Uint8Array, part: string, content: string | Uint8Array): Uint8Array {
  const zip = new PizZip(bytes);
  zip.file(part, content);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
