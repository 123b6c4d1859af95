import { z } from 'zod';
import { SavedFile } from '../schemas/backups';
import { EntityId } from '../schemas/text';
import { write } from './define';

const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const DocumentKind = z.enum(['agenda', 'minutes-draft', 'minutes-final', 'minutes-extract'], {
  error: 'Choose a kind of document',
});

/** A document the window built; main asks where to save it and writes it. */
export const SaveDocument = z.object({
  kind: DocumentKind,
  subjectId: EntityId,
  suggestedName: z.string().trim().min(1).max(120),
  /** The DOCX, base64-encoded: a zip file, so it starts "UEsD" ("PK\x03\x04"). */
  base64: z
    .string()
    .max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3), { error: 'The document is too large to save' })
    .regex(/^UEsD[A-Za-z0-9+/]*={0,2}$/, { error: 'This is not a Word document the app made' }),
});

export const documentsContract = {
  'documents:save': write('document', SaveDocument, SavedFile),
} as const;
