/** Fields whose name alone would not say what they hold. */
const FIELD_LABELS: Record<string, string> = {
  displayName: 'Full name',
  listRole: 'Role on the central list',
  socialWorkerPqe3: "Social worker with 3 years' PQE",
  feePence: 'Fee per sitting (pence)',
  memberId: 'Central list member',
  dbsCheckDate: 'DBS check date',
  dbsRenewalDue: 'DBS renewal due',
  presiderId: 'Presiding',
  plannedPresiderId: 'Planned to preside',
  iroName: 'IRO',
  adm: 'ADM',
  itemId: 'Item',
  sittingId: 'Sitting',
  toSittingId: 'Moved to the sitting',
  householdId: 'Household',
  userId: 'User',
  decidingAdmUserId: 'Deciding ADM',
  subject: 'About',
};

/** "appointmentDate" → "Appointment date". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The settings as their screens name them: each group, and each field in it.
 * A setting not listed here is named from its field name.
 */
export const SETTINGS_LABELS: Record<string, { label: string; fields?: Record<string, string> }> = {
  agencyName: { label: "Service's name" },
  agencyContact: {
    label: 'Service details',
    fields: { address: 'address', phone: 'telephone', email: 'email', logoDataUrl: 'logo' },
  },
  idleLockMinutes: { label: 'Minutes idle before the window locks' },
  requireSecondFactorForSeats: { label: 'Require a second factor for sign-ins from other computers' },
  browserSeatDownloads: { label: 'Browser seats may download documents' },
  backupFolder: { label: 'Backup folder' },
  quorum: {
    label: 'Quorum',
    fields: {
      minimumMembers: 'members present',
      requireChairOrViceChairPresiding: 'the chair or a vice chair presiding',
      requireQualifiedSocialWorker: "a social worker with 3 years' post-qualifying experience",
      requireOtherIndependentWhenPresiderNotIndependent:
        'another independent member when the person presiding is not independent',
    },
  },
  clocks: {
    label: 'Clock periods',
    fields: {
      papersWorkingDaysBefore: 'working days before a sitting for papers',
      applicationMonths: 'months for a recommendation on an application',
      admDecisionWorkingDays: 'working days for an ADM decision',
      temporaryApprovalWeeks: 'weeks of temporary approval',
      extensionMaxWeeks: 'weeks an extension may add',
      firstReviewMonths: 'months before a first review',
      representationsDays: 'days for representations or the IRM',
      irmPapersWorkingDays: 'working days for papers to the IRM',
      resignationDays: 'days before a resignation takes effect',
      tellOrallyWorkingDays: 'working days to tell the decision orally',
      tellInWritingWorkingDays: 'working days to tell the decision in writing',
    },
  },
  bankHolidays: { label: 'Bank holidays', fields: { added: 'days added', removed: 'days removed' } },
  dbsRenewalYears: { label: 'DBS renewal: years between checks' },
  backupRotation: {
    label: 'Backups kept',
    fields: { daily: 'days of daily backups', monthly: 'months of monthly backups' },
  },
  directToAdm: { label: 'Panel routing: item types that go straight to the ADM' },
  delayReasons: { label: 'Reasons for delay offered on a late step' },
  irmContact: {
    label: 'Independent Review Mechanism contact',
    fields: { name: 'name', address: 'address', telephone: 'telephone', website: 'website' },
  },
};
