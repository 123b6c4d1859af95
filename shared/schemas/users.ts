import { z } from 'zod';
import { Role } from '../contract/roles';
import { NewPassword, Username } from './auth';
import { EntityId, requiredText, Version } from './text';

const Roles = z.array(Role, { error: 'Choose at least one role' }).min(1, { error: 'Choose at least one role' }).max(6);
const LinkedMember = z
  .union([z.literal(''), z.null(), EntityId])
  .optional()
  .transform((value) => (value ? value : null));

export const UserSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  memberId: z.string().nullable(),
  memberName: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const NewUser = z.object({
  username: Username,
  displayName: requiredText('the person’s full name', 120),
  roles: Roles,
  memberId: LinkedMember,
  temporaryPassword: NewPassword,
});
export type NewUserInput = z.input<typeof NewUser>;

export const UserUpdate = z.object({
  id: EntityId,
  version: Version,
  displayName: requiredText('the person’s full name', 120),
  roles: Roles,
  memberId: LinkedMember,
});
export type UserUpdateInput = z.input<typeof UserUpdate>;

export const ResetPassword = z.object({ id: EntityId, temporaryPassword: NewPassword });
export const SetUserDisabled = z.object({ id: EntityId, version: Version, disabled: z.boolean() });
export const UserRef = z.object({ id: EntityId });

/** One signed-in session, as the administrator sees it ("Signed-in computers"). */
export const SignedInSession = z.object({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  username: z.string(),
  roles: z.array(Role),
  /** A network seat's name and address, or the host itself. */
  seat: z.string(),
  signedInAt: z.string(),
  lastActivityAt: z.string(),
  locked: z.boolean(),
  /** The asker's own session. */
  current: z.boolean(),
});
export type SignedInSession = z.infer<typeof SignedInSession>;
export const EndSession = z
  .object({ id: z.string().regex(/^[0-9a-f]{32}$/, { error: 'Choose a session from the list' }) })
  .strict();
