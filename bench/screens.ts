import type { Channel, ChannelInput } from '../shared/contract/channels';
import { addMonthsIso, parseIsoDate, toIsoDate } from '../shared/domain/dates';
import type { Backend } from '../electron/compose';
import type { Samples } from './samples';

/** Which budget in quality.md a read is held to. */
export type BudgetKind = 'screenRead' | 'dashboard' | 'annualReport';

/** One read a screen makes, with the inputs it is measured on (rotated through). */
export interface ScreenRead<C extends Channel = Channel> {
  screen: string;
  channel: C;
  /** Whose session makes the call: most screens are the administrator's. */
  as: 'admin' | 'adm';
  budget: BudgetKind;
  inputs: (samples: Samples) => ChannelInput<C>[];
  /** Makes a change the read must catch up with (untimed, before each timed call): the first read after it. */
  changeBefore?: (backend: Backend) => void;
  /** Large tables a plan may show as `SCAN` for a stated reason (a page read in key order, a one-off list). */
  allowedScans?: { tables: readonly string[]; why: string };
}

function read<C extends Channel>(entry: ScreenRead<C>): ScreenRead {
  return entry;
}

function addDaysIso(iso: string, days: number): string {
  const date = parseIsoDate(iso);
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}

const each = <T>(ids: string[], make: (id: string) => T): T[] => ids.map(make);

/** Every read behind a screen in renderer/src/features, as the screen calls it. */
export const SCREEN_READS: readonly ScreenRead[] = [
  read({ screen: 'Every screen', channel: 'auth:status', as: 'admin', budget: 'screenRead', inputs: () => [{}] }),
  read({ screen: 'Every screen', channel: 'app:info', as: 'admin', budget: 'screenRead', inputs: () => [{}] }),
  read({ screen: 'Every screen', channel: 'settings:get', as: 'admin', budget: 'screenRead', inputs: () => [{}] }),
  read({
    screen: 'Dashboard',
    channel: 'dashboard:due',
    as: 'admin',
    budget: 'dashboard',
    inputs: () => [{ withinDays: 28 }],
  }),
  read({
    screen: 'Dashboard (first read after a change)',
    channel: 'dashboard:due',
    as: 'admin',
    budget: 'dashboard',
    // The dashboard keeps its drafts between writes (kept-between-writes.ts): any write makes it work them out again.
    changeBefore: (backend) =>
      backend.store.sqlite.prepare('UPDATE settings SET updated_at = updated_at WHERE rowid = 1').run(),
    inputs: () => [{ withinDays: 28 }],
  }),
  read({
    screen: 'Sittings (upcoming)',
    channel: 'sittings:list',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => [{ from: s.today, includeCancelled: false }],
  }),
  read({
    screen: 'Sittings (past, a period at a time)',
    channel: 'sittings:list',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => [
      { from: addMonthsIso(s.today, -12), to: addDaysIso(s.today, -1), includeCancelled: false },
      { from: `${Number(s.today.slice(0, 4)) - 10}-01-01`, to: `${Number(s.today.slice(0, 4)) - 10}-12-31` },
    ],
  }),
  read({
    screen: 'Sitting',
    channel: 'sittings:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.sittings, (id) => ({ id })),
  }),
  read({
    screen: 'Sitting: recommendation',
    channel: 'recommendations:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.recommendedItems, (itemId) => ({ itemId })),
  }),
  read({
    screen: 'Sitting: add item (household picker)',
    channel: 'households:list',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: {
      tables: ['households'],
      why: 'the first 51 in reference order along its index, stopping there; a search matches text anywhere',
    },
    // The picker shows the first 50 and asks for one more (to know there are others); typing narrows the read.
    inputs: () => [
      { current: true, limit: 51 },
      { current: true, search: 'son', limit: 51 },
    ],
  }),
  read({
    screen: 'Complaint and feedback forms (sitting picker)',
    channel: 'sittings:choices',
    as: 'admin',
    budget: 'screenRead',
    // The picker shows the latest 50 and asks for one more; a year typed in its search reads that year's, by date.
    inputs: (s) => [{ limit: 51 }, { search: String(Number(s.today.slice(0, 4)) - 1), limit: 51 }],
  }),
  read({
    screen: 'Complaint form (household picker)',
    channel: 'households:list',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: {
      tables: ['households'],
      why: 'the first 51 in reference order along its index, stopping there; a search matches text anywhere',
    },
    inputs: () => [{ limit: 51 }, { search: 'son', limit: 51 }],
  }),
  read({
    screen: 'Sitting form, invite member',
    channel: 'members:list',
    as: 'admin',
    budget: 'screenRead',
    inputs: () => [{ status: 'current' }],
  }),
  read({
    screen: 'Households (a page at a time)',
    channel: 'households:page',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: {
      tables: ['households'],
      why: 'one page and one row more in reference order along its index, stopping there; a search matches text anywhere',
    },
    inputs: () => [{}, { search: 'son' }, { status: 'approved' }, { page: 2 }],
  }),
  read({
    screen: 'Household',
    channel: 'households:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.households, (id) => ({ id })),
  }),
  read({
    screen: 'Central list',
    channel: 'members:list',
    as: 'admin',
    budget: 'screenRead',
    inputs: () => [{ status: 'current', sort: 'name', direction: 'asc' }],
  }),
  read({
    screen: 'Central list',
    channel: 'members:compliance',
    as: 'admin',
    budget: 'screenRead',
    inputs: () => [{}],
  }),
  read({
    screen: 'Member',
    channel: 'members:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.members, (id) => ({ id })),
  }),
  read({ screen: 'Users', channel: 'users:list', as: 'admin', budget: 'screenRead', inputs: () => [{}] }),
  read({
    screen: 'User',
    channel: 'users:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.users, (id) => ({ id })),
  }),
  read({ screen: 'ADM queue', channel: 'decisions:queue', as: 'adm', budget: 'screenRead', inputs: () => [{}] }),
  read({
    screen: 'ADM decision',
    channel: 'decisions:get',
    as: 'adm',
    budget: 'screenRead',
    inputs: (s) => each(s.caseItems, (itemId) => ({ itemId })),
  }),
  read({
    screen: 'Extension',
    channel: 'extensions:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.extensionItems, (itemId) => ({ itemId })),
  }),
  read({
    screen: 'Resignation',
    channel: 'resignations:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.resignationItems, (itemId) => ({ itemId })),
  }),
  read({
    screen: 'Minutes',
    channel: 'minutes:get',
    as: 'admin',
    budget: 'screenRead',
    inputs: (s) => each(s.minutedSittings, (sittingId) => ({ sittingId })),
  }),
  read({
    screen: 'Issued documents (a page at a time)',
    channel: 'documents:register',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: {
      tables: ['issued_documents', 'households'],
      why: 'the first pages read along the issued-at index and stop; the count of matches reads the covering index; a search matches text anywhere',
    },
    inputs: (s) => [{}, { page: 5 }, { kind: 'letter-approval' }, { search: s.today.slice(0, 4) }],
  }),
  read({
    screen: 'Complaints',
    channel: 'complaints:list',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: {
      tables: ['complaints'],
      why: 'one page newest first along the received index, stopping at the page; the count reads the covering index',
    },
    inputs: () => [{}, { page: 2 }, { status: 'open' }],
  }),
  read({
    screen: 'Feedback',
    channel: 'feedback:list',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: {
      tables: ['feedback_forms'],
      why: 'one page newest first along the received index, stopping at the page; the count and average read every form',
    },
    inputs: () => [{}, { page: 2 }],
  }),
  read({
    screen: 'Audit trail',
    channel: 'audit:list',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: { tables: ['audit_log'], why: 'one page, newest first along the sequence key, stops at the limit' },
    inputs: () => [{ limit: 50 }],
  }),
  read({
    screen: 'Retention (paging, switching lists)',
    channel: 'records:retention',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: { tables: ['retention_dates'], why: 'counting each list reads the stored dates, not the facts' },
    inputs: () => [{ section: 'due' }, { section: 'kept', page: 2 }, { section: 'purged' }],
  }),
  read({
    screen: 'Retention (catching up a changed household)',
    channel: 'records:retention',
    as: 'admin',
    budget: 'screenRead',
    allowedScans: { tables: ['retention_dates'], why: 'counting each list reads the stored dates, not the facts' },
    // As a trigger does when a fact the retention rule reads changes outside the app (writes catch up themselves).
    changeBefore: (backend) =>
      backend.store.sqlite
        .prepare('INSERT OR IGNORE INTO retention_stale SELECT household_id FROM retention_dates LIMIT 1')
        .run(),
    inputs: () => [{ section: 'due' }],
  }),
  read({ screen: 'Backups', channel: 'backups:list', as: 'admin', budget: 'screenRead', inputs: () => [{}] }),
  read({
    screen: 'Annual report',
    channel: 'reports:annual',
    as: 'admin',
    budget: 'annualReport',
    allowedScans: {
      tables: ['resignations', 'adm_cases'],
      why: 'the households the panel dealt with, listed once per report for a NOT IN',
    },
    inputs: (s) => [{ from: addDaysIso(s.today, -365), to: s.today }],
  }),
];

/** Tables that grow with the years of history: a screen must not read one in full unless it shows it all. */
export const GROWING_TABLES: ReadonlySet<string> = new Set([
  'households',
  'household_children',
  'household_status_history',
  'sittings',
  'agenda_items',
  'agenda_item_history',
  'sitting_attendance',
  'sitting_people',
  'declarations',
  'papers_circulation',
  'recommendations',
  'minutes',
  'minutes_versions',
  'adm_cases',
  'resignations',
  'temporary_extensions',
  'issued_documents',
  'retention_dates',
  'audit_log',
  'complaints',
  'feedback_forms',
  'reviews_without_panel',
]);

/** The growing tables a read scans in full that its entry does not account for. */
export function unexpectedScans(entry: ScreenRead, scanned: readonly string[]): string[] {
  const allowed = new Set(entry.allowedScans?.tables ?? []);
  return scanned.filter((table) => GROWING_TABLES.has(table) && !allowed.has(table));
}
