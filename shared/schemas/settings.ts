import { z } from 'zod';

export const AppSettings = z.object({
  idleLockMinutes: z
    .number({ error: 'Enter the idle time in minutes' })
    .int({ error: 'Enter a whole number of minutes' })
    .min(1, { error: 'The idle time must be at least 1 minute' })
    .max(240, { error: 'The idle time must be 240 minutes or fewer' }),
  /** Null: the backups folder beside the database. */
  backupFolder: z
    .string()
    .trim()
    .max(1000, { error: 'The folder path is too long' })
    .nullable()
    .transform((value) => (value ? value : null)),
});
export type AppSettings = z.infer<typeof AppSettings>;
export type AppSettingsInput = z.input<typeof AppSettings>;

export const DEFAULT_SETTINGS: AppSettings = { idleLockMinutes: 15, backupFolder: null };
