import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';

/**
 * TOTP with otplib's defaults (RFC 6238: SHA-1, 6 digits, 30-second steps),
 * which every authenticator app reads from the QR code.
 */
const STEP_SECONDS = 30;
/** A code of the step before or after is accepted too: a phone's clock a little out, or typing across a step. */
const TOLERANCE_SECONDS = STEP_SECONDS;

export function newSecret(): string {
  return generateSecret();
}

/** The secret in groups of four, as people type it into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The otpauth:// address and its QR code (a PNG data URL the window shows as an image). */
export async function enrolmentQrCode(issuer: string, accountName: string, secret: string): Promise<string> {
  const uri = generateURI({ issuer, label: accountName, secret });
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
}

/**
 * The time step a right code belongs to, or null. A step at or before
 * `lastUsedStep` is refused, so a code, once used, cannot be used again
 * (RFC 6238 §5.2) — not even the next one of the same step.
 */
export function codeStep(secret: string, code: string, now: Date, lastUsedStep: number | null): number | null {
  try {
    const result = verifySync({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
    });
    // verifySync answers for TOTP or HOTP; a TOTP answer carries its time step.
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    // otplib throws on a malformed code; the boundary lets only six digits through, but a wrong code is all it is.
    return null;
  }
}
