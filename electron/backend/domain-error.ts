import type { ErrorCode } from '../../shared/contract/envelope';

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

export function staleVersion(what: string): DomainError {
  return new DomainError(
    'STALE_VERSION',
    `${what} was changed by someone else while you were working. Nothing has been saved; your changes are still on screen. Reload to see the latest details, then make your changes again.`,
  );
}
