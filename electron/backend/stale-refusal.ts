import { lastChangeOf } from '../../db/repositories/audit-repository';
import type { ReadableDb } from '../../db/connection';
import { formatDate } from '../../shared/domain/dates';
import { DomainError, StaleVersionError } from './domain-error';

/** "14:32 on 3 December 2026" in UK time, whatever the host's own zone. */
export function formatChangedAt(iso: string): string {
  const instant = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} on ${formatDate(`${part('year')}-${part('month')}-${part('day')}`)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The one refusal of a stale save, for every record: names who changed it and when, and carries the record as
 * they saved it with its version, so the form can show both changes and save again against the new version.
 * Called by the router after the refused write rolled back.
 */
export function explainStale(
  error: unknown,
  db: ReadableDb,
  channelEntity: string | undefined,
  inputId: string | undefined,
): unknown {
  if (!(error instanceof StaleVersionError)) return error;
  const entity = error.record.entity ?? channelEntity;
  const id = error.record.id ?? inputId;
  const change = entity && id ? lastChangeOf(db, entity, id) : null;
  const now = readNow(error);
  const who = change
    ? `${change.userName} changed ${lowerFirst(error.what)} at ${formatChangedAt(change.at)}, after you opened it.`
    : `${error.what} was changed by someone else after you opened it.`;
  const next = now
    ? 'Nothing has been saved and your changes are still on screen: compare them with the other change, then save again.'
    : 'Nothing has been saved and your changes are still on screen. Reload to see the latest details, then make your changes again.';
  return new DomainError('STALE_VERSION', `${who} ${next}`, undefined, {
    changedBy: change?.userName ?? null,
    changedAt: change?.at ?? null,
    version: now?.version ?? null,
    ...(now ? { current: now.record } : {}),
  });
}

/** The record as it is now; null when it cannot be read (removed meanwhile). */
function readNow(error: StaleVersionError): { record: unknown; version: number } | null {
  try {
    return error.record.read?.() ?? null;
  } catch {
    return null;
  }
}
