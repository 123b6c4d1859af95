import { isRealIsoDate, formatDate } from '../../../../shared/domain/dates';
import { ROLE_LABELS } from '../../../../shared/contract/roles';
import { BACKGROUND_LABELS, LIST_ROLE_LABELS, MEMBER_STATUS_LABELS } from '../../../../shared/schemas/member';
import type { AuditEntry } from '../../../../shared/schemas/audit';

/** What each recorded action means, in words; anything not listed shows its channel name. */
const ACTIONS: Record<string, string> = {
  'auth:createFirstAdministrator': 'Set up the first administrator',
  'auth:login': 'Logged in',
  'auth:logout': 'Logged out',
  'auth:unlock': 'Unlocked the window',
  'auth:changePassword': 'Changed their password',
  'users:create': 'Added a user',
  'users:update': 'Changed a user',
  'users:resetPassword': 'Reset a user’s password',
  'users:setDisabled': 'Disabled or enabled a user',
  'members:create': 'Added a member',
  'members:update': 'Changed a member',
  'members:recordNotice': 'Recorded written notice',
  'members:recordLeaving': 'Recorded that a member left',
  'members:addTraining': 'Added training',
  'members:removeTraining': 'Removed training',
  'backups:create': 'Backed up the database',
  'backups:restore': 'Restored a backup',
  'backups:exportDatabase': 'Exported the whole database',
  'backups:setRecovery': 'Set the recovery passphrase',
  'backups:setRecoveryKey': 'Set a printed recovery key',
  'backups:encryptPlain': 'Encrypted a backup made before encryption',
  'backups:deletePlain': 'Deleted a backup made before encryption',
  'settings:update': 'Changed the settings',
  'complaints:create': 'Logged a complaint',
  'complaints:update': 'Changed a complaint',
  'feedback:create': 'Added a feedback form',
  'records:exportSubjectAccess': 'Exported a household’s records (subject access)',
  'records:purge': 'Purged a household’s records after retention',
};

export function describeAction(entry: AuditEntry): string {
  const outcome = entry.changes.outcome?.[1];
  if (outcome === 'refused') return entry.channel === 'auth:login' ? 'Failed to log in' : 'Failed to unlock';
  const disabled = entry.changes.disabled?.[1];
  if (entry.channel === 'users:setDisabled' && typeof disabled === 'boolean') {
    return disabled ? 'Disabled a user' : 'Enabled a user';
  }
  return ACTIONS[entry.channel] ?? entry.channel;
}

/** The kinds of record the trail can be filtered by. */
export const ENTITY_TYPES = [
  { value: 'member', label: 'Central list member' },
  { value: 'user', label: 'User account' },
  { value: 'session', label: 'Logging in and out' },
  { value: 'backup', label: 'Backup' },
  { value: 'settings', label: 'Settings' },
  { value: 'complaint', label: 'Complaint' },
  { value: 'feedback form', label: 'Feedback form' },
  { value: 'subject access', label: 'Subject access export' },
  { value: 'retention', label: 'Records retention' },
] as const;

export function entityLabel(entityType: string): string {
  return ENTITY_TYPES.find((type) => type.value === entityType)?.label ?? entityType;
}

/** Fields whose name alone would not say what they hold. */
const FIELD_LABELS: Record<string, string> = {
  displayName: 'Full name',
  listRole: 'Role on the central list',
  socialWorkerPqe3: "Social worker with 3 years' PQE",
  feePence: 'Fee per sitting (pence)',
  memberId: 'Central list member',
  dbsCheckDate: 'DBS check date',
  dbsRenewalDue: 'DBS renewal due',
};

/** "appointmentDate" → "Appointment date". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Coded values shown by their labels, per field (a member's "chair" is not a user's "chair" role). */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  roles: ROLE_LABELS,
  listRole: LIST_ROLE_LABELS,
  background: BACKGROUND_LABELS,
  status: MEMBER_STATUS_LABELS,
};

/** A recorded value as a person reads it. */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (isRealIsoDate(value)) return formatDate(value);
    return VALUE_LABELS[field]?.[value] ?? value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : value.map((item) => formatValue(field, item)).join(', ');
  return JSON.stringify(value);
}
