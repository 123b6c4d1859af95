import { formatDate, isRealIsoDate } from '../dates';
import { ITEM_TYPE_INFO, ITEM_TYPES } from '../sittings/item-types';
import { ROLE_LABELS } from '../../contract/roles';
import { DOCUMENT_KIND_LABELS } from '../../contract/documents';
import { CASE_STATE_LABELS } from '../../schemas/decision';
import { CARE_TYPE_LABELS, HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_TYPE_LABELS } from '../../schemas/household';
import { BACKGROUND_LABELS, LIST_ROLE_LABELS, MEMBER_STATUS_LABELS } from '../../schemas/member';
import { SITTING_STATUS_LABELS } from '../../schemas/sitting';
import { fieldLabel, SETTINGS_LABELS } from './field-labels';

type Changes = Record<string, [unknown, unknown]>;
/** Records named by id in a page's changes (a presider, an ADM), in words: `audit:list` reads them with the page. */
export type RecordNames = Readonly<Record<string, string>>;
const REDACTED = '[not recorded]';
type Plain = Record<string, unknown>;

const ITEM_TYPE_LABELS = Object.fromEntries(ITEM_TYPES.map((type) => [type, ITEM_TYPE_INFO[type].label]));

/** Coded values shown by their labels, per field; a status means something different for each kind of record. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  roles: ROLE_LABELS,
  listRole: LIST_ROLE_LABELS,
  background: BACKGROUND_LABELS,
  'member.status': MEMBER_STATUS_LABELS,
  'household.status': HOUSEHOLD_STATUS_LABELS,
  'sitting.status': SITTING_STATUS_LABELS,
  'decision.state': CASE_STATE_LABELS,
  householdType: HOUSEHOLD_TYPE_LABELS,
  typesOfCare: CARE_TYPE_LABELS,
  itemType: ITEM_TYPE_LABELS,
  directToAdm: ITEM_TYPE_LABELS,
  'document.kind': DOCUMENT_KIND_LABELS,
  'template.kind': DOCUMENT_KIND_LABELS,
  'sitting.kind': { main: 'Main sitting', extra: 'Extra sitting' },
};

/** A moment the app stamped ("2026-11-23T09:00:00.000Z"): its day is what a reader needs. */
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON object kept as text (an item's checklist) is read as the object it holds. */
function unpacked(value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith('{')) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const blank = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A recorded value as a person reads it: dates in words, Yes or No, lists joined, codes by their labels. */
export function formatValue(field: string, recorded: unknown, entityType = '', names: RecordNames = {}): string {
  const value = unpacked(recorded);
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const named = names[value];
    if (named !== undefined) return named;
    if (field === 'logoDataUrl' || value.startsWith('data:image/')) return 'a logo';
    if (isRealIsoDate(value)) return formatDate(value);
    if (STAMP.test(value) && isRealIsoDate(value.slice(0, 10))) return formatDate(value.slice(0, 10));
    const labels = VALUE_LABELS[`${entityType}.${field}`] ?? VALUE_LABELS[field];
    return labels?.[value] ?? value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map((item) => formatValue(field, item, entityType, names)).join(', ');
  }
  if (isPlain(value)) {
    const parts = Object.entries(value)
      .filter(([key, inner]) => key !== 'id' && !blank(inner))
      .map(([key, inner]) => `${fieldLabel(key).toLowerCase()} ${formatValue(key, inner, entityType, names)}`);
    return parts.length === 0 ? '(blank)' : parts.join('; ');
  }
  // JSON has nothing else; a bigint or symbol never reaches the trail.
  return JSON.stringify(value) ?? '';
}

/** One line: "Quorum: members present changed from 5 to 6"; none where nothing a reader sees changed. */
function line(
  label: string,
  field: string,
  [before, after]: readonly [unknown, unknown],
  entityType: string,
  names: RecordNames,
): string[] {
  const was = formatValue(field, before, entityType, names);
  const now = formatValue(field, after, entityType, names);
  // Passwords and the like changed, but the trail never keeps their values (audit-diff.ts).
  if (before === REDACTED) return [`${label} changed (its value is never recorded)`];
  // An empty list where there was nothing: nothing a reader would call a change.
  if ((blank(unpacked(before)) && blank(unpacked(after))) || was === now) return [];
  if (blank(unpacked(before))) return [`${label} set to ${now}`];
  if (blank(unpacked(after))) return [`${label} cleared (was ${was})`];
  return [`${label} changed from ${was} to ${now}`];
}

function labelFor(entityType: string, path: readonly string[]): string {
  if (entityType === 'settings') {
    const [group, field] = path;
    const groupLabel = SETTINGS_LABELS[group ?? '']?.label ?? fieldLabel(group ?? '');
    if (field === undefined) return groupLabel;
    const inner = SETTINGS_LABELS[group ?? '']?.fields?.[field] ?? fieldLabel(field).toLowerCase();
    return `${groupLabel}: ${inner}`;
  }
  return path.map((part, index) => (index === 0 ? fieldLabel(part) : fieldLabel(part).toLowerCase())).join(': ');
}

/**
 * Each changed field before and after, in words. Where both sides are objects
 * (a settings group, an item's checklist), each changed part gets its own line.
 */
export function changeLines(entityType: string, changes: Changes, names: RecordNames = {}): string[] {
  const lines: string[] = [];
  for (const [field, [rawBefore, rawAfter]] of Object.entries(changes)) {
    // The record's own id is named in the Record column already.
    if (field === 'id') continue;
    const before = unpacked(rawBefore);
    const after = unpacked(rawAfter);
    if (isPlain(before) && isPlain(after)) {
      const parts = new Set([...Object.keys(before), ...Object.keys(after)]);
      for (const part of parts) {
        if (JSON.stringify(before[part] ?? null) === JSON.stringify(after[part] ?? null)) continue;
        lines.push(...line(labelFor(entityType, [field, part]), part, [before[part], after[part]], entityType, names));
      }
      continue;
    }
    lines.push(...line(labelFor(entityType, [field]), field, [before, after], entityType, names));
  }
  return lines;
}
