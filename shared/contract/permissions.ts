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
  'auth:status': EVERYONE,
  'auth:createFirstAdministrator': EVERYONE,
  'auth:login': EVERYONE,
  'auth:logout': EVERYONE,
  'auth:lock': EVERYONE,
  'auth:unlock': EVERYONE,
  'auth:activity': EVERYONE,
  'auth:changePassword': EVERYONE,
  'auth:verifyCode': EVERYONE,
  'auth:secondFactor': EVERYONE,
  'auth:beginSecondFactor': EVERYONE,
  'auth:confirmSecondFactor': EVERYONE,
  'users:secondFactor': ADMIN,
  'users:resetSecondFactor': ADMIN,
  'users:list': ADMIN,
  'users:get': ADMIN,
  'users:create': ADMIN,
  'users:update': ADMIN,
  'users:resetPassword': ADMIN,
  'users:setDisabled': ADMIN,
  'users:signedIn': ADMIN,
  'users:endSession': ADMIN,
  'members:list': EVERYONE,
  'members:get': EVERYONE,
  'members:compliance': EVERYONE,
  'members:create': ADMIN,
  'members:update': ADMIN,
  'members:recordNotice': ADMIN,
  'members:recordLeaving': ADMIN,
  'members:addTraining': ADMIN,
  'members:removeTraining': ADMIN,
  'households:list': EVERYONE,
  'households:page': EVERYONE,
  'households:get': EVERYONE,
  'households:create': ADMIN,
  'households:update': ADMIN,
  'households:changeStatus': ADMIN,
  'reviews:forHousehold': EVERYONE,
  'reviews:recordWithoutPanel': ADMIN,
  'routing:notice': ADMIN,
  'routing:acknowledgeNotice': ADMIN,
  'households:overLimit': ADMIN,
  'sittings:list': EVERYONE,
  'sittings:choices': EVERYONE,
  'sittings:get': EVERYONE,
  'sittings:previewSeries': ADMIN,
  'sittings:createSeries': ADMIN,
  'sittings:create': ADMIN,
  'sittings:update': ADMIN,
  'sittings:progress': ADMIN,
  'sittings:cancel': ADMIN,
  'sittings:setRoles': ADMIN,
  'sittings:recordAttendance': ADMIN,
  'sittings:addPerson': ADMIN,
  'sittings:removePerson': ADMIN,
  'sittings:recordPapersSent': ADMIN,
  'items:add': ADMIN,
  'items:remove': ADMIN,
  'items:update': ADMIN,
  'items:reorder': ADMIN,
  'items:changeOutcome': ADMIN,
  'items:declare': ADMIN,
  'items:removeDeclaration': ADMIN,
  'items:setPresider': ADMIN,
  'items:setServiceRecommendation': ADMIN,
  'recommendations:get': EVERYONE,
  'recommendations:record': ['administrator', 'chair'],
  'recommendations:exemption': EVERYONE,
  'minutes:get': EVERYONE,
  'minutes:version': EVERYONE,
  'minutes:save': ADMIN,
  'minutes:approve': ['chair'],
  'minutes:reopen': ['administrator', 'chair'],
  'minutes:sendToAdm': ADMIN,
  'decisions:queue': ['administrator', 'adm', 'nominated_officer'],
  'decisions:decided': ['administrator', 'adm'],
  'decisions:get': ['administrator', 'adm', 'nominated_officer', 'chair'],
  'decisions:decide': ['adm'],
  'decisions:requestInformation': ['adm'],
  'decisions:informationReceived': ['administrator', 'adm'],
  'decisions:recordLetterDate': ADMIN,
  'decisions:recordRoute': ADMIN,
  'decisions:recordIrmRecommendation': ADMIN,
  'decisions:finalise': ['adm'],
  'decisions:recordToldOrally': ['administrator', 'adm'],
  'decisions:referralOptions': ADMIN,
  'decisions:referDirect': ADMIN,
  'resignations:get': EVERYONE,
  'resignations:note': ADMIN,
  'resignations:record': ADMIN,
  'resignations:ofHousehold': EVERYONE,
  'resignations:notice': EVERYONE,
  'extensions:get': EVERYONE,
  'extensions:approve': ['nominated_officer'],
  'audit:list': ADMIN,
  'audit:verify': ADMIN,
  'backups:list': ADMIN,
  'backups:create': ADMIN,
  'backups:restore': ADMIN,
  'backups:exportDatabase': ADMIN,
  'backups:recovery': ADMIN,
  'backups:setRecovery': ADMIN,
  'backups:newRecoveryKey': ADMIN,
  'backups:setRecoveryKey': ADMIN,
  'backups:plainList': ADMIN,
  'backups:encryptPlain': ADMIN,
  'backups:deletePlain': ADMIN,
  'documents:issue': ['administrator', 'chair', 'adm', 'nominated_officer'],
  'documents:register': ADMIN,
  // An ADM only the letters of cases they decided (electron/features/documents/reissue-rule.ts).
  'documents:reissue': ['administrator', 'adm'],
  'complaints:list': ['administrator', 'chair', 'adviser'],
  'complaints:create': ADMIN,
  'complaints:update': ADMIN,
  'feedback:list': ['administrator', 'chair', 'adviser'],
  'feedback:create': ADMIN,
  'records:exportSubjectAccess': ADMIN,
  'records:retention': ADMIN,
  'records:purge': ADMIN,
  'records:directionControls': ADMIN,
  'reports:annual': ['administrator', 'chair'],
  'reports:saveCsv': ADMIN,
  'reports:saveWorkbook': ADMIN,
  // The chair writes the commentary on the year; the administrator may type it in for them.
  'reports:commentary': ['administrator', 'chair'],
  'reports:saveCommentary': ['administrator', 'chair'],
  'settings:get': EVERYONE,
  'settings:update': ADMIN,
  'quorum:notice': ADMIN,
  'setup:status': EVERYONE,
  'import:preview': ADMIN,
  'import:commit': ADMIN,
  'import:saveTemplate': ADMIN,
  'setup:later': ADMIN,
  'setup:finish': ADMIN,
  'quorum:acknowledgeNotice': ADMIN,
  // Everyone who acts on a clock; the handler shows a non-administrator only what they must do.
  'dashboard:due': ['administrator', 'chair', 'adm', 'nominated_officer'],
  // Only a chair presides: the handler reads what waits for the member linked to the account.
  'dashboard:myWork': ['chair'],
};

/** Channels anyone may call before logging in (the login screen itself needs them). */
export const PUBLIC_CHANNELS: ReadonlySet<string> = new Set([
  'app:info',
  'auth:status',
  'auth:createFirstAdministrator',
  'auth:login',
  'auth:verifyCode',
]);

/** Channels a logged-in user may call while the window is locked. */
export const LOCKED_CHANNELS: ReadonlySet<string> = new Set([
  'auth:unlock',
  'auth:logout',
  'auth:status',
  'auth:activity',
]);

/** Channels a user who must change their password may call before doing so. */
export const PASSWORD_CHANGE_CHANNELS: ReadonlySet<string> = new Set([
  'auth:changePassword',
  'auth:logout',
  'auth:status',
  'auth:activity',
  'auth:lock',
  'settings:get',
]);

export function rolesAllowed(channel: string): readonly Role[] {
  return Object.hasOwn(permissions, channel) ? (permissions[channel as Channel] ?? []) : [];
}

export function mayCall(roles: readonly Role[], channel: string): boolean {
  const allowed = rolesAllowed(channel);
  return roles.some((role) => allowed.includes(role));
}
