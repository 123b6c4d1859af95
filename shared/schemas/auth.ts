import { z } from 'zod';
import { Role } from '../contract/roles';
import { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from '../domain/auth/password-rules';
import { requiredText } from './text';

export const Username = z
  .string({ error: 'Enter a username' })
  .trim()
  .min(3, { error: 'Username must be at least 3 characters' })
  .max(60, { error: 'Username must be 60 characters or fewer' })
  .regex(/^[A-Za-z0-9._@-]+$/, {
    error: 'Username can only contain letters, numbers, dots, hyphens, underscores and @',
  });

/** A password being chosen: length here; common passwords are refused by the backend. */
export const NewPassword = z
  .string({ error: 'Enter a password' })
  .min(MIN_PASSWORD_LENGTH, { error: `Password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { error: `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer` });

/** A password being typed to log in: never judged, only checked. */
export const PasswordAttempt = z
  .string({ error: 'Enter your password' })
  .min(1, { error: 'Enter your password' })
  .max(MAX_PASSWORD_LENGTH, { error: 'Enter your password' });

export const SessionInfo = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  memberId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const AuthStatus = z.object({
  needsFirstAdministrator: z.boolean(),
  session: SessionInfo.nullable(),
  idleLockMinutes: z.number().int(),
  /** False for a browser seat when the administrator has switched off downloads to browsers. */
  downloadsAllowed: z.boolean(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

export const FirstAdministrator = z.object({
  username: Username,
  displayName: requiredText('your full name', 120),
  password: NewPassword,
});
export type FirstAdministratorInput = z.input<typeof FirstAdministrator>;

export const LoginInput = z.object({
  username: z
    .string({ error: 'Enter your username' })
    .trim()
    .min(1, { error: 'Enter your username' })
    .max(60, { error: 'Enter your username' }),
  password: PasswordAttempt,
});
export type LoginInput = z.input<typeof LoginInput>;

export const UnlockInput = z.object({ password: PasswordAttempt });

export const ChangePasswordInput = z.object({ currentPassword: PasswordAttempt, newPassword: NewPassword });
export type ChangePasswordInput = z.input<typeof ChangePasswordInput>;
