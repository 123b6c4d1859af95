import type { UserSummary } from '../../../../shared/schemas/users';
import { ROLE_LABELS } from '../../../../shared/contract/roles';

export function UserStatusTag({ user }: { user: UserSummary }) {
  return user.disabled ? <span className="tag tag--disabled">Disabled</span> : <span className="tag">Active</span>;
}

export function roleNames(user: UserSummary): string {
  return user.roles.map((role) => ROLE_LABELS[role]).join(', ');
}

/** Accounts are never deleted: said wherever an administrator might look for a delete button. */
export const NEVER_DELETED =
  'Accounts are never deleted, so the audit trail always shows who did what. Disable an account to stop someone logging in.';
