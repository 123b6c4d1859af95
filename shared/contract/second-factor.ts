import { z } from 'zod';
import { UserRef } from '../schemas/users';
import { CodeInput, SecondFactorEnrolment, SecondFactorReset, SecondFactorStatus } from '../schemas/second-factor';
import { read, write } from './define';

const Empty = z.object({}).strict();

/** A second factor (TOTP) per user: set up from their own account page, reset by an administrator. */
export const secondFactorContract = {
  /** The caller's own second factor. */
  'auth:secondFactor': read(Empty, SecondFactorStatus),
  /** A new secret and its QR code, kept unconfirmed until a code from the app confirms it. */
  'auth:beginSecondFactor': write('second factor', Empty, SecondFactorEnrolment),
  'auth:confirmSecondFactor': write('second factor', CodeInput, SecondFactorStatus),
  /** An administrator's view of someone's second factor. */
  'users:secondFactor': read(UserRef, SecondFactorStatus),
  /** An administrator removes someone's second factor (a lost phone): they set one up again. */
  'users:resetSecondFactor': write('second factor', SecondFactorReset, SecondFactorStatus),
} as const;
