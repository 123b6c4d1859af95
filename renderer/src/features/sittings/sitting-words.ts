import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { parseIsoDate } from '../../../../shared/domain/dates';
import { SITTING_STATUS_LABELS } from '../../../../shared/schemas/sitting';
import type { SittingDetail, SittingSummary } from '../../../../shared/schemas/sitting-views';

export type AttendanceStatus = SittingDetail['attendance'][number]['status'];
export type PersonKind = SittingDetail['people'][number]['kind'];
export type ItemStatus = SittingDetail['items'][number]['status'];

/** "Tuesday 5 January 2027": a sitting is planned around its weekday, so the list shows it. */
export function formatSittingDay(iso: string): string {
  return format(parseIsoDate(iso), 'EEEE d MMMM yyyy', { locale: enGB });
}

export const KIND_LABELS: Record<SittingSummary['kind'], string> = { main: 'Main', extra: 'Extra' };

/** Where the sitting meets: the venue, "Remote", or both for a hybrid sitting. */
export function describePlace(sitting: Pick<SittingSummary, 'venue' | 'remoteLink'>): string {
  if (sitting.venue && sitting.remoteLink) return `${sitting.venue} (and remote)`;
  return sitting.venue ?? 'Remote';
}

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  invited: 'Invited (not yet recorded)',
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
};

export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  observer: 'Observer',
  presenter: 'Presenter',
  applicant: 'Applicant',
  supporter: 'Supporter',
  other: 'Other',
};

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  scheduled: 'Scheduled',
  heard: 'Heard',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  moved: 'Moved',
};

/** Items still on the agenda; deferred, withdrawn and moved ones stay listed for the record. */
export function isOnAgenda(item: { status: ItemStatus }): boolean {
  return item.status === 'scheduled' || item.status === 'heard';
}

/** "Item 2: Approval (mainstream), FC-0001": how selects and headings name an item, by its agenda number. */
export function itemName(item: SittingDetail['items'][number]): string {
  const about = item.household?.reference ?? item.title;
  return `Item ${item.number}: ${item.typeLabel}${about ? `, ${about}` : ''}`;
}

/** One step at a time (the backend refuses skips); after "held" the minutes page moves the sitting on. */
const NEXT_STATUS = {
  planned: 'papers_sent',
  papers_sent: 'held',
  held: null,
  minutes_drafted: null,
  minutes_approved: null,
  sent_to_adm: null,
  cancelled: null,
} as const;

export type ProgressStatus = 'papers_sent' | 'held';

export function nextStatus(status: SittingSummary['status']): ProgressStatus | null {
  return NEXT_STATUS[status];
}

/** "papers sent", "sent to ADM": a status inside a sentence, keeping ADM in capitals. */
export function statusPhrase(status: SittingSummary['status']): string {
  const label = SITTING_STATUS_LABELS[status];
  return label.charAt(0).toLowerCase() + label.slice(1);
}
