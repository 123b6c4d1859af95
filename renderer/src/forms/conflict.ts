import type { FieldValues } from 'react-hook-form';
import type { StaleConflict } from '../../../shared/contract/envelope';
import { ApiError } from '../api/client';

/** One field the other seat saved differently from what this user has typed. */
export interface ConflictField {
  key: string;
  theirs: unknown;
}

/**
 * Another seat's change that made this form's save stale: who, when, and each field where their saved value
 * differs from what is typed here. The form keeps the user's values; "Use theirs" takes one field from them.
 */
export interface FormConflict {
  changedBy: string | null;
  changedAt: string | null;
  /** Fields both changed, differently: theirs beside the user's, with "Use theirs". */
  fields: ConflictField[];
  /** Fields the user took from the other change, still listed (as taken) so the choice can be seen. */
  taken: string[];
  /** Fields only they changed: taken into the form at once (the user had not touched them), and listed. */
  applied: ConflictField[];
}

/** The refusal's conflict, when the save was refused as stale (the router's shared STALE_VERSION shape). */
export function staleConflictOf(error: unknown): StaleConflict | null {
  if (!(error instanceof ApiError) || error.error.code !== 'STALE_VERSION') return null;
  return error.error.conflict ?? null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The other seat's record as this form's values: the form's own mapping when it has one; otherwise each field
 * whose name and kind of value match a field of the saved record (a text field named like the record's).
 */
export function theirValues<V extends FieldValues>(
  current: unknown,
  mine: V,
  fromCurrent: ((current: never) => V | null) | undefined,
): Partial<V> {
  if (current === undefined || current === null) return {};
  if (fromCurrent) return fromCurrent(current as never) ?? {};
  if (typeof current !== 'object') return {};
  const record = current as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(mine)) {
    const theirs = key in record ? record[key] : undefined;
    if (theirs === undefined) continue;
    // A nullable text field is '' in the form and null in the record.
    const asForm = theirs === null && typeof value === 'string' ? '' : theirs;
    if (typeof asForm === typeof value && (typeof value !== 'object' || value === null)) picked[key] = asForm;
  }
  return picked as Partial<V>;
}

/**
 * A three-way merge of one form: `base` is what the form loaded, `theirs` what the other seat saved, `mine` what
 * is typed. A field only they changed is taken into the form (saving the user's untouched copy would undo their
 * change); a field only the user changed keeps the user's value; a field both changed differently is a clash,
 * shown with both values. Fields never drafted are left
 * out. Returns the conflict, the form's values after taking their untouched fields, and the new base.
 */
export function mergeConflict<V extends FieldValues>(
  stale: StaleConflict,
  base: V,
  mine: V,
  fromCurrent: ((current: never) => V | null) | undefined,
  undrafted: readonly string[] = [],
): { conflict: FormConflict; values: V; base: V } {
  const theirs = theirValues<V>(stale.current, mine, fromCurrent);
  const fields: ConflictField[] = [];
  const applied: ConflictField[] = [];
  const values: Record<string, unknown> = { ...mine };
  for (const [key, value] of Object.entries(theirs)) {
    if (undrafted.includes(key) || !(key in mine) || same(value, mine[key])) continue;
    // Only the user changed it: theirs is what the form loaded, so the user's value stands and nothing clashes.
    if (same(value, base[key])) continue;
    if (same(mine[key], base[key])) {
      applied.push({ key, theirs: value });
      values[key] = value;
    } else fields.push({ key, theirs: value });
  }
  return {
    conflict: { changedBy: stale.changedBy, changedAt: stale.changedAt, fields, taken: [], applied },
    values: values as V,
    base: { ...base, ...theirs },
  };
}

const DATE_PART_KEYS = ['day', 'month', 'year'];

/** A value as the panel shows it: text as typed, Yes/No, a date's parts as "3/12/2026", a list comma-separated. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(shownValue).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (DATE_PART_KEYS.every((key) => key in record)) {
      const parts = DATE_PART_KEYS.map((key) => record[key]);
      return parts.every((part) => part === '') ? '(blank)' : parts.join('/');
    }
    const entries = Object.entries(record).filter(([, inner]) => inner !== '' && inner !== null && inner !== false);
    return entries.length === 0 ? '(blank)' : entries.map(([key, inner]) => `${key}: ${shownValue(inner)}`).join('; ');
  }
  return '(blank)';
}
