import { Packer } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { buildSubjectAccessDocument } from '../../../shared/documents/subject-access-document';
import type { SubjectAccessExport } from '../../../db/repositories/subject-access/subject-access-data';

const README = [
  'Subject access export',
  '',
  'summary.docx  everything held about the household, to read',
  'data.json     the same information, for a computer to read',
  'letters/      each letter issued to the household, exactly as it was issued',
  '',
  'This export contains special category personal data. Keep it secure and delete it once it has been given to the person who asked for it.',
  '',
].join('\n');

/** The summary DOCX, the data as JSON and the letters as issued, in one zip. */
export async function subjectAccessZip(found: SubjectAccessExport): Promise<Uint8Array> {
  const summary = await Packer.toBuffer(buildSubjectAccessDocument(found.data));
  const files: Zippable = {
    'README.txt': strToU8(README),
    'summary.docx': new Uint8Array(summary),
    'data.json': strToU8(JSON.stringify(found.data, null, 2)),
  };
  for (const [path, bytes] of found.letters) files[path] = bytes;
  return zipSync(files);
}
