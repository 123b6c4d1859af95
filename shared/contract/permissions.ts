import type { Channel } from './channels';
import type { Role } from './roles';

const EVERYONE: readonly Role[] = ['administrator', 'chair', 'adm', 'nominated_officer', 'adviser', 'viewer'];
const ADMIN: readonly Role[] = ['administrator'];

/**
 * Which roles may call each channel. Deny by default: the router refuses any
 * channel missing here, and a test fails when a channel has no entry.
 */
export const permissions: Record<Channel, readonly Role[]> = {
  'app:info': EVERYONE,
  'members:list': EVERYONE,
  'members:get': EVERYONE,
  'members:compliance': EVERYONE,
  'members:create': ADMIN,
  'members:update': ADMIN,
  'members:recordNotice': ADMIN,
  'members:recordLeaving': ADMIN,
  'members:addTraining': ADMIN,
  'members:removeTraining': ADMIN,
};

export function rolesAllowed(channel: string): readonly Role[] {
  return Object.hasOwn(permissions, channel) ? (permissions[channel as Channel] ?? []) : [];
}

export function mayCall(roles: readonly Role[], channel: string): boolean {
  const allowed = rolesAllowed(channel);
  return roles.some((role) => allowed.includes(role));
}
