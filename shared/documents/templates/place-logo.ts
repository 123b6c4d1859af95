import { ImagePatch, patchDocument } from 'docx';
import PizZip from 'pizzip';
import { readLogo } from '../letters/logo';
import { safeText } from '../safe-text';

/**
 * The service's logo on a templated document, without docxtemplater's paid
 * image module. A template marks where the logo goes with a picture whose alt
 * text is `{{logo}}` (the built-in ones carry a grey box there, inside
 * `{#has_logo}…{/has_logo}`); `docx`'s own `ImagePatch` swaps that picture's
 * image for the logo from the settings, scaled as the code-built letters scale
 * it. The mark is in an attribute, never in text, so nothing a user types can
 * place or move a picture. With no logo (or one that cannot be read), the
 * condition has already dropped the box, and its image part, which nothing
 * shows now, is taken out of the package.
 */

/** The alt text that marks the logo's picture in a template. */
export const LOGO_MARK = 'logo';

/** A light grey pixel (PNG): the box the built-in templates hold where the logo goes. */
export const LOGO_BOX_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4efMmAAUaAoy1sJipAAAAAElFTkSuQmCC';

/** The letterhead's room for a logo, in pixels at 96 to the inch (as `logo.ts`'s code-built letterhead). */
export const LOGO_BOX = { width: 200, height: 64 };

/** Whether the settings hold a logo a document can show. */
export const hasLogo = (logoDataUrl: string) => readLogo(logoDataUrl) !== null;

/** The rendered document with the logo in every picture marked `{{logo}}`, or unchanged when there is no logo. */
export async function placeLogo(bytes: Uint8Array, logoDataUrl: string, agencyName: string): Promise<Uint8Array> {
  const picture = readLogo(logoDataUrl);
  if (!picture) return withoutUnusedPictures(bytes);
  const scale = Math.min(1, LOGO_BOX.width / picture.width, LOGO_BOX.height / picture.height);
  const name = safeText(`${agencyName} logo`);
  return patchDocument({
    outputType: 'uint8array',
    data: bytes,
    patches: {
      [LOGO_MARK]: new ImagePatch({
        type: picture.type,
        data: picture.data,
        transformation: {
          width: Math.max(1, Math.round(picture.width * scale)),
          height: Math.max(1, Math.round(picture.height * scale)),
        },
        altText: { title: name, description: name },
      }),
    },
  });
}

const IMAGE_RELATIONSHIP = /<Relationship\b[^>]*Type="[^"]*\/image"[^>]*\/>/g;

/**
 * The document less the pictures no part shows (the logo's box, once its
 * condition has dropped it): each image relationship no drawing refers to is
 * removed, and its image part when no relationship is left pointing at it.
 */
export function withoutUnusedPictures(bytes: Uint8Array): Uint8Array {
  const zip = new PizZip(bytes);
  const unused = new Set<string>();
  const kept = new Set<string>();
  let changed = false;
  for (const relsName of Object.keys(zip.files).filter((name) => /^word\/_rels\/[^/]+\.rels$/.test(name))) {
    const part = relsName.replace('_rels/', '').replace(/\.rels$/, '');
    const xml = zip.file(part)?.asText() ?? '';
    const rels = zip.file(relsName)?.asText() ?? '';
    const left = rels.replace(IMAGE_RELATIONSHIP, (relationship) => {
      const id = /\bId="([^"]+)"/.exec(relationship)?.[1] ?? '';
      const target = `word/${/\bTarget="([^"]+)"/.exec(relationship)?.[1] ?? ''}`;
      if (xml.includes(`"${id}"`)) {
        kept.add(target);
        return relationship;
      }
      unused.add(target);
      changed = true;
      return '';
    });
    zip.file(relsName, left);
  }
  if (!changed) return bytes;
  for (const target of unused) if (!kept.has(target)) zip.remove(target);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
