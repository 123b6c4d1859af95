import { z } from 'zod';
import { UserRef } from '../schemas/users';
import { CodeInput, SecondFactorEnrolment, SecondFactorReset, SecondFactorStatus } from '../schemas/second-factor';
import { read, write } from './define';

const Empty = z.object({}).strict();

/** A second factor (TOTP) per user: set up from their own account page, reset by an administrator. */
export const secondFactorContract = {
  /** The caller's own second factor. */
  'secondFactor:status': read(Empty, SecondFactorStatus),
  /** A new secret and its QR code, kept unconfirmed until a code from the app confirms it. */
  'secondFactor:begin': write('second factor', Empty, SecondFactorEnrolment),
  'secondFactor:confirm': write('second factor', CodeInput, SecondFactorStatus),
  /** An administrator's view of someone's second factor. */
  'secondFactor:ofUser': read(UserRef, SecondFactorStatus),
  /** An administrator removes someone's second factor (a lost phone): they set one up again. */
  'secondFactor:reset': write('second factor', SecondFactorReset, SecondFactorStatus),
} as const;
