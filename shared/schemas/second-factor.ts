import { z } from 'zod';
import { EntityId } from './text';

/** The six digits an authenticator app shows; spaces are forgiven, since apps show "123 456". */
export const SecondFactorCode = z
  .string({ error: 'Enter the 6-digit code from your authenticator app' })
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'Enter the 6-digit code from your authenticator app' }));

export const CodeInput = z.object({ code: SecondFactorCode });
export type CodeInput = z.input<typeof CodeInput>;

/** A user's second factor as screens see it: never the secret. */
export const SecondFactorStatus = z.object({
  enrolled: z.boolean(),
  enrolledAt: z.string().nullable(),
  /** A secret was shown but not yet confirmed with a code. */
  pending: z.boolean(),
  /** Whether the administrator requires a code for sign-ins from other computers. */
  requiredForSeats: z.boolean(),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatus>;

/**
 * What the user needs to add the account to an authenticator app: shown once,
 * while enrolling. After the code confirms it, the secret never leaves the host.
 */
export const SecondFactorEnrolment = z.object({
  /** Base32, grouped in fours for typing by hand. */
  secret: z.string(),
  /** The otpauth:// address as a QR code (an SVG data URL). */
  qrCode: z.string(),
  /** The account name the app will show. */
  accountName: z.string(),
  issuer: z.string(),
});
export type SecondFactorEnrolment = z.infer<typeof SecondFactorEnrolment>;

export const SecondFactorReset = z.object({ id: EntityId });
