/**
 * Every kind of record the audit trail names, in words: one per `entity` of a
 * write channel in the contract, and the database update a migration seals.
 * tests/unit/audit-words.test.ts fails when a channel names a kind not listed.
 */
export const RECORD_TYPES = [
  { value: 'sitting', label: 'Sitting' },
  { value: 'agenda item', label: 'Agenda item' },
  { value: 'household', label: 'Household' },
  { value: 'delay reason', label: 'Reason for delay on a case step' },
  { value: 'application outcome', label: 'How an application ended' },
  { value: 'recommendation', label: 'Recommendation' },
  { value: 'decision', label: 'Decision' },
  { value: 'minutes', label: 'Minutes' },
  { value: 'document', label: 'Document' },
  { value: 'template', label: 'Word template' },
  { value: 'review', label: 'Review without panel' },
  { value: 'member', label: 'Central list member' },
  { value: 'user', label: 'User account' },
  { value: 'session', label: 'Logging in and out' },
  { value: 'second factor', label: 'Second factor (authenticator app)' },
  { value: 'settings', label: 'Settings' },
  { value: 'download', label: 'Downloads to other computers' },
  { value: 'notice', label: 'Notice to the administrator' },
  { value: 'complaint', label: 'Complaint' },
  { value: 'feedback form', label: 'Feedback form' },
  { value: 'report', label: 'Report' },
  { value: 'report commentary', label: 'Chair’s commentary on a report' },
  { value: 'import', label: 'Spreadsheet import' },
  { value: 'subject access', label: 'Subject access export' },
  { value: 'retention', label: 'Records retention' },
  { value: 'backup', label: 'Backup' },
  { value: 'database', label: 'Database update' },
  { value: 'host', label: 'Sharing with other computers' },
] as const;
export type RecordType = (typeof RECORD_TYPES)[number]['value'];

export function recordTypeLabel(type: string): string {
  return RECORD_TYPES.find((known) => known.value === type)?.label ?? type;
}
