import { z } from 'zod';
import { DEFAULT_QUORUM } from '../domain/sittings/quorum';

/** The quorum rule's parts (domain.md): each can be changed by the service. */
export const QuorumSettingsSchema = z.object({
  minimumMembers: z
    .number({ error: 'Enter the minimum number of members' })
    .int({ error: 'Enter a whole number of members' })
    .min(1, { error: 'At least 1 member is needed' })
    .max(20, { error: 'The minimum cannot be more than 20 members' }),
  requireChairOrViceChairPresiding: z.boolean(),
  requireQualifiedSocialWorker: z.boolean(),
  requireOtherIndependentWhenPresiderNotIndependent: z.boolean(),
});

/** What letters carry at their head: where the service is and how to reach it. */
export const AgencyContact = z.object({
  address: z.string().trim().max(500, { error: 'The address must be 500 characters or fewer' }),
  phone: z.string().trim().max(40, { error: 'The telephone number must be 40 characters or fewer' }),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((value) => value === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value), {
      error: 'Enter an email address like fostering@example.gov.uk',
    }),
  /** A small PNG or JPEG logo as a data URL, or empty for none. */
  logoDataUrl: z
    .string()
    .max(400_000, { error: 'The logo must be smaller than 300 KB' })
    .refine((value) => value === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(value), {
      error: 'The logo must be a PNG or JPEG image',
    }),
});
export type AgencyContact = z.infer<typeof AgencyContact>;

export const AppSettings = z.object({
  /** The service's name, printed at the head of every document. */
  agencyName: z
    .string({ error: "Enter the fostering service's name" })
    .trim()
    .min(1, { error: "Enter the fostering service's name" })
    .max(200, { error: 'The name must be 200 characters or fewer' }),
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
  quorum: QuorumSettingsSchema,
  agencyContact: AgencyContact,
});
export type AppSettings = z.infer<typeof AppSettings>;
export type AppSettingsInput = z.input<typeof AppSettings>;

export const DEFAULT_SETTINGS: AppSettings = {
  agencyName: 'Fostering service',
  idleLockMinutes: 15,
  backupFolder: null,
  quorum: DEFAULT_QUORUM,
  agencyContact: { address: '', phone: '', email: '', logoDataUrl: '' },
};

/** A change to some settings; the rest keep their values. */
export const SettingsUpdate = AppSettings.partial();
export type SettingsUpdateInput = z.input<typeof SettingsUpdate>;
