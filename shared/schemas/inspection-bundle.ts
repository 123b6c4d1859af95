import { z } from 'zod';
import { IsoDate } from './dates';

export const BUNDLE_MINUTES_DEFAULT = 3;
export const BUNDLE_PASSPHRASE_MIN = 12;

/**
 * What the administrator asks for: a period (a year, 1 April to 31 March, or
 * any range), how many sets of approved minutes, and the passphrase the ZIP is
 * encrypted under (AES-256). The passphrase is never stored or audited.
 */
export const InspectionBundleRequest = z
  .object({
    from: IsoDate,
    to: IsoDate,
    minutesCount: z
      .number({ error: 'Enter how many sets of minutes to include' })
      .int({ error: 'Enter a whole number of sets of minutes' })
      .min(1, { error: 'Include at least 1 set of minutes' })
      .max(24, { error: 'Include at most 24 sets of minutes' }),
    passphrase: z
      .string({ error: 'Enter a passphrase' })
      .min(BUNDLE_PASSPHRASE_MIN, {
        error: `The passphrase must be at least ${BUNDLE_PASSPHRASE_MIN} characters: use three or four unrelated words`,
      })
      .max(200, { error: 'The passphrase must be 200 characters or fewer' }),
  })
  .strict()
  .refine((input) => input.from <= input.to, { error: 'The period must end after it starts', path: ['to'] })
  .refine((input) => Number(input.to.slice(0, 4)) - Number(input.from.slice(0, 4)) <= 25, {
    error: 'The period can cover at most 25 years',
    path: ['from'],
  });
export type InspectionBundleRequest = z.infer<typeof InspectionBundleRequest>;

export const BundlePart = z.object({
  fileName: z.string(),
  what: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});
export type BundlePart = z.infer<typeof BundlePart>;

export const InspectionBundleSaved = z.object({
  path: z.string(),
  sizeBytes: z.number().int(),
  documentId: z.string(),
  sha256: z.string(),
  /** Every file in the ZIP but the index, as the index lists them. */
  parts: z.array(BundlePart),
  /** What the bundle could not include, and why ("no approved minutes in the period"). */
  notIncluded: z.array(z.string()),
});
export type InspectionBundleSaved = z.infer<typeof InspectionBundleSaved>;
