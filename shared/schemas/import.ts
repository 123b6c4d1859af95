import { z } from 'zod';

export const ImportKind = z.enum(['members', 'households'], { error: 'Choose what the spreadsheet holds' });
export type ImportKind = z.infer<typeof ImportKind>;

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  members: 'Central list (panel members)',
  households: 'Current households',
};

/** The most a spreadsheet may hold: far more than any central list or household register. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

/**
 * A spreadsheet sent to be checked: its bytes as base64, judged in the main
 * process (nothing in the window is trusted), never a path.
 */
export const ImportFile = z.object({
  kind: ImportKind,
  fileName: z
    .string({ error: 'Choose a file' })
    .trim()
    .min(1, { error: 'Choose a file' })
    .max(255, { error: 'The file name is too long' })
    .regex(/\.([cC][sS][vV]|[xX][lL][sS][xX])$/, { error: 'Choose a CSV file or an Excel workbook (.xlsx)' }),
  contentBase64: z
    .string({ error: 'Choose a file' })
    .min(1, { error: 'The file is empty' })
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { error: 'The file is larger than 2 MB: split it into smaller files' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file could not be read' }),
});
export type ImportFileInput = z.input<typeof ImportFile>;

export const ImportAction = z.enum(['create', 'update', 'skip', 'refused']);
export type ImportAction = z.infer<typeof ImportAction>;

export const ImportPreviewRow = z.object({
  /** The row's number in the spreadsheet (the header is row 1). */
  row: z.number().int(),
  /** Who or what the row is: a member's name, a household's reference and name. */
  label: z.string(),
  action: ImportAction,
  /** What the row does, or each of its problems, in words. */
  notes: z.array(z.string()),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportCounts = z.object({
  create: z.number().int(),
  update: z.number().int(),
  skip: z.number().int(),
  refused: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportPreview = z.object({
  kind: ImportKind,
  /** A problem with the whole file (unreadable, wrong columns); no rows then. */
  fileProblem: z.string().nullable(),
  rows: z.array(ImportPreviewRow),
  counts: ImportCounts,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportTemplateRequest = z.object({
  kind: ImportKind,
  format: z.enum(['csv', 'xlsx'], { error: 'Choose CSV or Excel' }),
});
