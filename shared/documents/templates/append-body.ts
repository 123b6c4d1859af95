import { PageBreak, Paragraph, patchDocument, PatchType, type FileChild } from 'docx';
import PizZip from 'pizzip';

/**
 * A body built in code appended to a document rendered from a template, so
 * one document has the template's cover, header, footer and styles and the
 * code's body (the panel report: its charts are pictures drawn in main, which
 * docxtemplater could only place with its paid image module). A paragraph
 * holding a one-off mark is put after the rendered text, and `docx`'s own
 * `patchDocument` replaces it with the body, adding the body's pictures to
 * the package. The mark is made afresh for each document, so text a user
 * typed, already in the rendered document, can never be taken for it.
 */
export async function appendBody(rendered: Uint8Array, body: readonly FileChild[]): Promise<Uint8Array> {
  const mark = `body-${globalThis.crypto.randomUUID()}`;
  const zip = new PizZip(rendered);
  const xml = zip.file('word/document.xml')?.asText() ?? '';
  const end = xml.lastIndexOf('<w:sectPr');
  const at = end >= 0 ? end : xml.lastIndexOf('</w:body>');
  if (at < 0) throw new Error('The rendered document has no body');
  zip.file('word/document.xml', `${xml.slice(0, at)}<w:p><w:r><w:t>{{${mark}}}</w:t></w:r></w:p>${xml.slice(at)}`);
  return patchDocument({
    outputType: 'uint8array',
    data: zip.generate({ type: 'uint8array' }),
    patches: {
      [mark]: {
        type: PatchType.DOCUMENT,
        // The body starts on the page after the cover.
        children: [new Paragraph({ children: [new PageBreak()] }), ...body],
      },
    },
  });
}
