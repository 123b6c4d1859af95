import { getMember } from '../../../db/repositories/members-repository';
import {
  deleteSittingPerson,
  insertAttendance,
  insertPapersSent,
  insertSittingPerson,
  touchSitting,
  updateAttendance,
} from '../../../db/repositories/sittings-repository';
import { fieldError, notFound, staleVersion, type StaleVersionError } from '../../backend/domain-error';
import type { ReadContext, Router } from '../../backend/router';
import { refuseIfClosed, requireSitting } from './sitting-guards';

/** Who came, who else was there, and when the papers went out. */
export function registerAttendance(router: Router): void {
  router.handle('sittings:recordAttendance', (ctx, input) => {
    const current = requireSitting(ctx, input.sittingId);
    refuseIfClosed(current);
    const positions = new Map(current.items.map((i) => [i.id, i.position]));
    for (const field of ['arrivedBeforeItemId', 'leftAfterItemId'] as const) {
      const itemId = input[field];
      if (itemId && !positions.has(itemId)) throw fieldError(field, 'Choose an item on this sitting’s agenda');
    }
    const arrived = input.arrivedBeforeItemId ? (positions.get(input.arrivedBeforeItemId) ?? 0) : 0;
    const left = input.leftAfterItemId ? (positions.get(input.leftAfterItemId) ?? Infinity) : Infinity;
    if (arrived > left) throw fieldError('leftAfterItemId', 'They cannot leave before they arrived');
    if (input.status !== 'present' && (input.arrivedBeforeItemId || input.leftAfterItemId)) {
      throw fieldError('status', 'Only a member who was present can arrive late or leave early');
    }
    const values = {
      status: input.status,
      arrivedBeforeItemId: input.arrivedBeforeItemId,
      leftAfterItemId: input.leftAfterItemId,
    };
    const existing = current.attendance.some((a) => a.memberId === input.memberId);
    // Checked here, not left to the foreign key: an unknown member would otherwise crash the write.
    if (!existing && !getMember(ctx.db, input.memberId)) {
      throw fieldError('memberId', 'Choose a member on the central list');
    }
    // No row yet is version 0: a writer who saw none, when another seat has since added one, is refused too.
    if (!existing && input.version !== 0) throw staleAttendance(ctx, input.sittingId, input.memberId);
    if (existing) {
      if (!updateAttendance(ctx.db, input.sittingId, input.memberId, input.version, values)) {
        throw staleAttendance(ctx, input.sittingId, input.memberId);
      }
    } else {
      insertAttendance(ctx.db, { id: ctx.ids.next(), sittingId: input.sittingId, memberId: input.memberId, ...values });
    }
    touchSitting(ctx.db, input.sittingId, ctx.clock.now().toISOString());
    return requireSitting(ctx, input.sittingId);
  });

  router.handle('sittings:addPerson', (ctx, input) => {
    const current = requireSitting(ctx, input.sittingId);
    refuseIfClosed(current);
    if (input.itemId && !current.items.some((i) => i.id === input.itemId))
      throw fieldError('itemId', 'Choose an item on this sitting’s agenda');
    insertSittingPerson(ctx.db, { id: ctx.ids.next(), ...input });
    touchSitting(ctx.db, input.sittingId, ctx.clock.now().toISOString());
    return requireSitting(ctx, input.sittingId);
  });

  router.handle('sittings:removePerson', (ctx, input) => {
    refuseIfClosed(requireSitting(ctx, input.sittingId));
    if (deleteSittingPerson(ctx.db, input.personId, input.sittingId) !== 1) throw notFound('This person');
    touchSitting(ctx.db, input.sittingId, ctx.clock.now().toISOString());
    return requireSitting(ctx, input.sittingId);
  });

  router.handle('sittings:recordPapersSent', (ctx, input) => {
    requireSitting(ctx, input.sittingId);
    if (input.sentDate > ctx.clock.today())
      throw fieldError('sentDate', 'The date papers were sent cannot be in the future');
    for (const recipient of input.recipients) {
      insertPapersSent(ctx.db, {
        id: ctx.ids.next(),
        sittingId: input.sittingId,
        sentDate: input.sentDate,
        recipient,
        method: input.method,
      });
    }
    touchSitting(ctx.db, input.sittingId, ctx.clock.now().toISOString());
    return requireSitting(ctx, input.sittingId);
  });
}

/**
 * Another seat recorded this member's attendance since the window read it: the refusal carries the sitting as it
 * is now and the row's version. Attendance writes are audited against the sitting, so the sitting's newest row
 * names who changed it.
 */
function staleAttendance(ctx: ReadContext, sittingId: string, memberId: string): StaleVersionError {
  return staleVersion('This attendance', {
    entity: 'sitting',
    id: sittingId,
    read: () => {
      const detail = requireSitting(ctx, sittingId);
      const row = detail.attendance.find((a) => a.memberId === memberId);
      return row ? { record: detail, version: row.version } : null;
    },
  });
}
