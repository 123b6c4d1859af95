import { z } from 'zod';
import { MAX_TEMPLATE_BYTES, TEMPLATED_KINDS } from '../documents/templates/template-list';
import { SavedFile } from '../schemas/report';
import { EntityId } from '../schemas/text';
import { read, write } from './define';

/** The service's own Word templates (Settings → Documents): the administrator's. */

export const TemplatedKind = z.enum(TEMPLATED_KINDS, { error: 'Choose a kind of document' });

/** A version of a kind's template: a number, or null for the built-in template. */
const VersionNumber = z
  .number({ error: 'Choose a version' })
  .int({ error: 'Choose a version' })
  .min(1, { error: 'Choose a version' })
  .nullable();

export const TemplateVersion = z.object({
  version: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
  uploadedByName: z.string(),
});

export const TemplateKindSummary = z.object({
  kind: TemplatedKind,
  label: z.string(),
  /** The version in use; null for the built-in template. */
  inUse: z.number().int().nullable(),
  versions: z.array(TemplateVersion),
});
export type TemplateKindSummary = z.infer<typeof TemplateKindSummary>;

/** A template file chosen on the page: checked, previewed and uploaded from the same bytes. */
export const TemplateFile = z.object({
  kind: TemplatedKind,
  fileName: z
    .string({ error: 'Choose a file' })
    .trim()
    .min(1, { error: 'Choose a file' })
    .max(255, { error: 'The file name is too long' }),
  contentBase64: z
    .string({ error: 'Choose a file' })
    .min(1, { error: 'The file is empty' })
    .max(Math.ceil(MAX_TEMPLATE_BYTES / 3) * 4 + 4, {
      error: `The file is larger than ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB: make the pictures in it smaller`,
    })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file could not be read' }),
});
export type TemplateFileInput = z.input<typeof TemplateFile>;

/** The preview: the template filled from a record the user picks, or from the field reference's examples. */
export const TemplatePreviewRequest = TemplateFile.extend({ subjectId: EntityId.nullable() });

export const TemplatePreview = z.object({
  /** Each problem in words; the template cannot be uploaded while there is any. */
  problems: z.array(z.string()),
  /** The filled document for the page to show, when there is no problem. */
  documentBase64: z.string().nullable(),
});

/** A record a preview can be filled from: one the document was issued for. */
export const TemplateSubject = z.object({ subjectId: z.string(), label: z.string() });

export const templatesContract = {
  'templates:list': read(z.object({}), z.array(TemplateKindSummary)),
  'templates:subjects': read(z.object({ kind: TemplatedKind }), z.array(TemplateSubject)),
  'templates:preview': read(TemplatePreviewRequest, TemplatePreview),
  /** Saves the preview as a file for Word; the same checks and filling as `templates:preview`. */
  'templates:savePreview': write('template', TemplatePreviewRequest, SavedFile),
  /** Saves a version (null: the built-in template) to edit in Word. */
  'templates:download': write('template', z.object({ kind: TemplatedKind, version: VersionNumber }), SavedFile),
  /** Checks the file again and keeps it as the kind's next version, in use from now; a refusal is audited. */
  'templates:upload': write('template', TemplateFile, z.object({ version: z.number().int() })),
  /** Puts an earlier version (null: the built-in template) back in use. */
  'templates:restore': write('template', z.object({ kind: TemplatedKind, version: VersionNumber }), z.object({})),
} as const;
