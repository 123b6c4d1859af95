import type { SittingDetail } from '../../../shared/schemas/sitting-views';
import { getMember } from '../../../db/repositories/members-repository';
import { claimSittingVersion, getSittingItemRow } from '../../../db/repositories/sittings-repository';
import { DomainError, fieldError, notFound, staleVersion, type StaleVersionError } from '../../backend/domain-error';
import type { HandlerContext, ReadContext } from '../../backend/router';
import { sittingDetail } from './sitting-view';

export function requireSitting(ctx: ReadContext, id: string): SittingDetail {
  const detail = sittingDetail(ctx.db, id);
  if (!detail) throw notFound('This sitting');
  return detail;
}

/** The planned presider must be on the central list: an unknown ID would otherwise fail as a broken foreign key. */
export function refuseUnknownPlannedPresider(ctx: HandlerContext, memberId: string | null): void {
  if (memberId && !getMember(ctx.db, memberId)) {
    throw fieldError('plannedPresiderId', 'Choose the chair or a vice chair on the central list');
  }
}

export const MINUTES_LOCKED_MESSAGE =
  'The minutes of this sitting are approved and locked. To change anything recorded for it, reopen the minutes giving a reason; the chair must then approve them again.';

/** Statuses in which the sitting's record is what the chair approved, and may not change. */
export function isMinutesLocked(status: string): boolean {
  return status === 'minutes_approved' || status === 'sent_to_adm';
}

/** Refuses changes to a cancelled sitting, or to one whose approved minutes lock its record. */
export function refuseIfClosed(sitting: { status: string }): void {
  if (sitting.status === 'cancelled') throw new DomainError('RULE_VIOLATION', 'This sitting has been cancelled.');
  if (isMinutesLocked(sitting.status)) throw new DomainError('RULE_VIOLATION', MINUTES_LOCKED_MESSAGE);
}

/** Bumps the version only if the caller saw the latest one. */
export function claimVersion(ctx: HandlerContext, id: string, version: number): void {
  if (!claimSittingVersion(ctx.db, id, version, ctx.clock.now().toISOString())) throw staleSitting(ctx, id);
}

/** A stale save of a sitting's own details: the refusal carries the sitting as it is now. */
export function staleSitting(ctx: ReadContext, id: string): StaleVersionError {
  return staleVersion('This sitting', {
    entity: 'sitting',
    id,
    read: () => {
      const detail = requireSitting(ctx, id);
      return { record: detail, version: detail.version };
    },
  });
}

/** A stale save of an agenda item: the refusal carries its sitting as it is now and the item's version. */
export function staleItem(ctx: ReadContext, itemId: string): StaleVersionError {
  return staleVersion('This item', {
    entity: 'agenda item',
    id: itemId,
    read: () => {
      const sittingId = getSittingItemRow(ctx.db, itemId)?.sittingId;
      if (!sittingId) return null;
      const detail = requireSitting(ctx, sittingId);
      const item = detail.items.find((i) => i.id === itemId);
      return item ? { record: detail, version: item.version } : null;
    },
  });
}
