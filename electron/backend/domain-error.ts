import type { ErrorCode, StaleConflict } from '../../shared/contract/envelope';

/**
 * A refusal the user can act on: its message is shown as it is, and
 * fieldErrors land next to the fields concerned. Anything else thrown by a
 * handler is a bug and reaches the user only as a generic message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    /** Only on STALE_VERSION: who changed the record, when, and the record as it is now. */
    readonly conflict?: StaleConflict,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A refusal tied to one field of the form, shown beside it. */
export function fieldError(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { [field]: message });
}

export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} could not be found. It may have been removed from this database.`);
}

/**
 * Where a stale save's record is, so the router can name who changed it and when (its newest audit row) and send
 * it as it is now. `entity`/`id` default to the channel's audited entity and the input's id; `read` runs after
 * the refused write rolled back, so it sees the other seat's saved record.
 */
export interface StaleRecord {
  entity?: string;
  id?: string;
  read?: () => { record: unknown; version: number } | null;
}

/** A save based on an older version of a record; the router turns it into the shared refusal (stale-refusal.ts). */
export class StaleVersionError extends DomainError {
  constructor(
    /** "This item", "The minutes": the record, as the message's subject. */
    readonly what: string,
    readonly record: StaleRecord = {},
  ) {
    super(
      'STALE_VERSION',
      `${what} was changed by someone else while you were working. Nothing has been saved; your changes are still on screen. Save again to keep them.`,
    );
    this.name = 'StaleVersionError';
  }
}

export function staleVersion(what: string, record?: StaleRecord): StaleVersionError {
  return new StaleVersionError(what, record);
}

/** A stale save of a record whose view carries its own `version` (a member, a household, a user, a complaint). */
export function staleView(
  what: string,
  read: () => { version: number } | null,
  where: Omit<StaleRecord, 'read'> = {},
): StaleVersionError {
  return new StaleVersionError(what, {
    ...where,
    read: () => {
      const record = read();
      return record ? { record, version: record.version } : null;
    },
  });
}
