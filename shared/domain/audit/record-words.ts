import { formatDate, isRealIsoDate } from '../dates';
import { recordTypeLabel } from './record-types';

/** What the database still holds about the record an audit row concerns, read for a whole page at once. */
export interface RecordFacts {
  kind: 'household' | 'sitting' | 'item' | 'member' | 'user' | 'document' | 'complaint' | 'feedback' | 'review';
  /** The household's reference, the member's or user's name, the document's file name. */
  name: string | null;
  /** The sitting's date (for an item, its sitting's), a complaint's or form's receipt, a review's date. */
  date: string | null;
  /** An item's number on its sitting's agenda. */
  number: number | null;
  /** The household an item or review is about. */
  household: string | null;
}

interface Row {
  entityType: string;
  entityId: string | null;
  changes: Record<string, [unknown, unknown]>;
}

const day = (iso: string | null) => (iso && isRealIsoDate(iso) ? formatDate(iso) : 'an unknown date');
const withHousehold = (text: string, household: string | null) =>
  household ? `${text} (Household ${household})` : text;

/** The record as it still is: "Household FC-2026-014", "Sitting on 5 March 2027, item 3". */
function fromFacts(entityType: string, facts: RecordFacts): string {
  switch (facts.kind) {
    case 'household':
      return `Household ${facts.name ?? ''}`.trim();
    case 'sitting':
      return entityType === 'minutes'
        ? `Minutes of the sitting on ${day(facts.date)}`
        : `Sitting on ${day(facts.date)}`;
    case 'item':
      return facts.date === null
        ? withHousehold('Case sent straight to the ADM', facts.household)
        : withHousehold(`Sitting on ${day(facts.date)}, item ${facts.number ?? '?'}`, facts.household);
    case 'member':
      return `Member ${facts.name ?? ''}`.trim();
    case 'user':
      return `User ${facts.name ?? ''}`.trim();
    case 'document':
      return withHousehold(`Document ${facts.name ?? ''}`.trim(), facts.household);
    case 'complaint':
      return `Complaint received on ${day(facts.date)}`;
    case 'feedback':
      return `Feedback form received on ${day(facts.date)}`;
    case 'review':
      return withHousehold(`Review on ${day(facts.date)}`, facts.household);
  }
}

/** Keys under which a row's own data names its record, most telling first. */
const NAME_KEYS: readonly (readonly [string, string])[] = [
  ['reference', 'Household'],
  ['purged', 'Household'],
  ['username', 'User'],
  ['name', 'Member'],
  ['fileName', 'Document'],
];

/** A record since deleted, named from what its audit row kept ("removed" for an item taken off the agenda). */
function fromRowData(row: Row): string | null {
  const removed = row.changes.removed?.[0];
  if (typeof removed === 'object' && removed !== null) {
    const { sittingDate, itemType, household } = removed as Record<string, unknown>;
    const what = typeof itemType === 'string' ? itemType : 'Agenda item';
    const when = typeof sittingDate === 'string' ? `, sitting on ${day(sittingDate)}` : '';
    return withHousehold(`${what}${when}, removed`, typeof household === 'string' ? household : null);
  }
  for (const [key, noun] of NAME_KEYS) {
    const [before, after] = row.changes[key] ?? [];
    const value = typeof after === 'string' && after ? after : typeof before === 'string' && before ? before : null;
    if (value)
      return `${noun === 'Member' && row.entityType !== 'member' ? recordTypeLabel(row.entityType) : noun} ${value}`;
  }
  return null;
}

/** Records that are not rows of their own: named by kind (and a backup by its file). */
function withoutRecord(row: Row): string | null {
  switch (row.entityType) {
    case 'settings':
      return 'Settings';
    case 'download':
      return 'A file downloaded';
    case 'backup':
      return row.entityId ? `Backup ${row.entityId}` : 'Backups';
    case 'database':
      return 'The database';
    case 'report':
      return 'A report';
    case 'notice':
      return 'A notice to the administrator';
    case 'session': {
      const typed = row.changes.username?.[1];
      return row.entityId ? null : `An unknown user name${typeof typed === 'string' ? ` (${typed})` : ''}`;
    }
    default:
      return row.entityId ? null : recordTypeLabel(row.entityType);
  }
}

/**
 * What an audit row concerns, in words: from the record as it is now; for a
 * record since deleted, from the name the row kept; else "deleted record".
 */
export function recordWords(row: Row, facts: RecordFacts | undefined): string {
  if (facts) return fromFacts(row.entityType, facts);
  return withoutRecord(row) ?? fromRowData(row) ?? `${recordTypeLabel(row.entityType)}: deleted record`;
}
