import { z } from 'zod';

export const BackupInfo = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number().int(),
  verified: z.boolean(),
  problem: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupOverview = z.object({
  folder: z.string(),
  backups: z.array(BackupInfo),
  /** The most recent backup that failed verification, so it is never silently dropped. */
  lastFailure: BackupInfo.nullable(),
  /** Why the automatic backup at start-up failed, if it did. */
  startupProblem: z.string().nullable(),
});
export type BackupOverview = z.infer<typeof BackupOverview>;

export const BackupName = z.object({
  name: z
    .string({ error: 'Choose a backup' })
    .regex(/^[A-Za-z0-9._-]+\.sqlite$/, { error: 'Choose a backup from the list' }),
});

/** A backup made before encryption: plain SQLite, listed so the administrator encrypts or deletes it. */
export const PlainBackup = z.object({ name: z.string(), modifiedAt: z.string(), sizeBytes: z.number().int() });
export type PlainBackup = z.infer<typeof PlainBackup>;

export const SavedFile = z.object({ path: z.string(), sizeBytes: z.number().int() });
export type SavedFile = z.infer<typeof SavedFile>;

/** At least 12 characters: the export leaves the machine, and only this passphrase protects it. */
export const EXPORT_PASSPHRASE_MIN = 12;

const passphrase = (missing: string) =>
  z
    .string({ error: missing })
    .min(EXPORT_PASSPHRASE_MIN, {
      error: `The passphrase must be at least ${EXPORT_PASSPHRASE_MIN} characters long`,
    })
    .max(1000, { error: 'The passphrase must be at most 1,000 characters long' })
    .refine((value) => value.trim().length >= EXPORT_PASSPHRASE_MIN, {
      error: `The passphrase must have at least ${EXPORT_PASSPHRASE_MIN} characters that are not spaces`,
    });

export const ExportPassphrase = z.object({ passphrase: passphrase('Choose a passphrase for the export') }).strict();
export type ExportPassphrase = z.infer<typeof ExportPassphrase>;

/** The passphrase that wraps the database key in the recovery file beside the data. */
export const RecoveryPassphrase = z.object({ passphrase: passphrase('Choose a recovery passphrase') }).strict();
export type RecoveryPassphrase = z.infer<typeof RecoveryPassphrase>;

export const RecoveryStatus = z.object({
  /** Whether a recovery passphrase wraps this database's key. */
  set: z.boolean(),
  setAt: z.string().nullable(),
  /** Where the recovery file is (beside the database). */
  file: z.string(),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;
