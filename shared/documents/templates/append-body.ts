import { Document, PageBreak, Packer, Paragraph, type FileChild } from 'docx';
import PizZip from 'pizzip';

/**
 * A body built in code appended to a document rendered from a template, so
 * one document has the template's cover, header, footer and styles and the
 * code's body (the panel report: its charts are pictures drawn in main, which
 * docxtemplater could only place with its paid image module). The body is
 * packed by `docx` as the code-built report is, and its paragraphs and tables
 * are moved into the rendered document before its last section's properties,
 * with the pictures they show: each image part copied under a name of its own,
 * given a relationship of its own, and its drawing renumbered. Moving the
 * packed XML (rather than patching the whole document through `docx`'s
 * `patchDocument`, which parses and rewrites every part) keeps the report
 * within twice the code-built time. Nothing here reads the rendered text, so
 * nothing a user typed can steer it.
 */

const PICTURE_ID_OFFSET = 10_000;

/** The body's XML, between `<w:body>` and its own section properties. */
function bodyXml(xml: string): string {
  const start = xml.indexOf('<w:body>');
  const end = xml.lastIndexOf('<w:sectPr');
  if (start < 0 || end < start) throw new Error('The packed body has no body');
  return xml.slice(start + '<w:body>'.length, end);
}

/** The targets of a relationships part, by id. */
function targets(rels: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) found.set(id, target);
  }
  return found;
}

const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const CONTENT_TYPES: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg' };

export async function appendBody(rendered: Uint8Array, body: readonly FileChild[]): Promise<Uint8Array> {
  // The body starts on the page after the cover.
  const packed = new PizZip(
    await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ children: [new PageBreak()] }), ...body] }] }),
    ),
  );
  const zip = new PizZip(rendered);
  const bodyRels = targets(packed.file('word/_rels/document.xml.rels')?.asText() ?? '');
  let rels = zip.file('word/_rels/document.xml.rels')?.asText() ?? '';
  let types = zip.file('[Content_Types].xml')?.asText() ?? '';
  const added: string[] = [];
  let xml = bodyXml(packed.file('word/document.xml')?.asText() ?? '').replace(/r:embed="([^"]+)"/g, (_, id: string) => {
    const target = bodyRels.get(id);
    const picture = target ? packed.file(`word/${target}`) : null;
    if (!target || !picture) throw new Error(`The packed body's picture ${id} is missing`);
    const extension = target.split('.').pop()?.toLowerCase() ?? 'png';
    const newId = `rIdBody${added.length + 1}`;
    const name = `media/body-picture-${added.length + 1}.${extension}`;
    zip.file(`word/${name}`, picture.asUint8Array());
    added.push(`<Relationship Id="${newId}" Type="${IMAGE}" Target="${name}"/>`);
    if (!new RegExp(`Extension="${extension}"`, 'i').test(types))
      types = types.replace(
        '</Types>',
        `<Default Extension="${extension}" ContentType="${CONTENT_TYPES[extension] ?? 'image/png'}"/></Types>`,
      );
    return `r:embed="${newId}"`;
  });
  // Drawing ids must be unique in the document: the body's are moved clear of the template's.
  xml = xml.replace(
    /(<wp:docPr\b[^>]*\bid=")(\d+)"/g,
    (_, head: string, id: string) => `${head}${Number(id) + PICTURE_ID_OFFSET}"`,
  );
  rels = rels.replace('</Relationships>', `${added.join('')}</Relationships>`);
  const document = zip.file('word/document.xml')?.asText() ?? '';
  const end = document.lastIndexOf('<w:sectPr');
  const at = end >= 0 ? end : document.lastIndexOf('</w:body>');
  if (at < 0) throw new Error('The rendered document has no body');
  zip.file('word/document.xml', `${document.slice(0, at)}${xml}${document.slice(at)}`);
  zip.file('word/_rels/document.xml.rels', rels);
  zip.file('[Content_Types].xml', types);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
