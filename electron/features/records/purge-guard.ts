import type { AppDatabase } from '../../../db/connection';
import { formatDate } from '../../../shared/domain/dates';
import { DomainError } from '../../backend/domain-error';
import { purgeOf } from '../../../db/repositories/retention/retention-facts';

/** A purged household is kept only as anonymous facts: its details are never filled in again. */
export function refuseIfPurged(db: AppDatabase, householdId: string): void {
  const purge = purgeOf(db, householdId);
  if (purge) {
    throw new DomainError(
      'RULE_VIOLATION',
      `This household's records were purged on ${formatDate(purge.purgedAt.slice(0, 10))} after their retention date. They can no longer be changed.`,
    );
  }
}
