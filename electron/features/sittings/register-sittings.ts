import { formatDate } from '../../../shared/domain/dates';
import { listMembers } from '../../../db/repositories/members-repository';
import {
  getSittingRow,
  insertAttendance,
  insertSitting,
  updateSitting,
} from '../../../db/repositories/sittings-repository';
import { sittingChoices, sittingsOnDate } from '../../../db/repositories/sitting-choices-repository';
import { DomainError, fieldError } from '../../backend/domain-error';
import type { HandlerContext, Router } from '../../backend/router';
import { claimVersion, refuseIfClosed, refuseUnknownPlannedPresider, requireSitting } from './sitting-guards';
import { releaseOrMoveItem } from './item-moves';
import { fixItemNumbers } from './item-numbers';
import { seriesDates, seriesSkipReason } from './series';
import { sittingSummaries } from './sitting-view';

/** The steps taken here; after "held" the minutes move the sitting on (drafted, approved, sent to the ADM). */
const ORDER = ['planned', 'papers_sent', 'held'] as const;

function inviteCurrentMembers(ctx: HandlerContext, sittingId: string): void {
  for (const member of listMembers(ctx.db, { status: 'current' })) {
    insertAttendance(ctx.db, { id: ctx.ids.next(), sittingId, memberId: member.id, status: 'invited' });
  }
}

export function registerSittings(router: Router): void {
  router.handle('sittings:list', (ctx, filter) => sittingSummaries(ctx.db, filter));
  router.handle('sittings:choices', (ctx, filter) => sittingChoices(ctx.db, filter));
  router.handle('sittings:get', (ctx, { id }) => requireSitting(ctx, id));

  router.handle('sittings:previewSeries', (ctx, input) => ({
    dates: seriesDates(input.year, input.weekday, input.weeksOfMonth).map((date) => ({
      date,
      skipped:
        date < ctx.clock.today() ? 'In the past' : seriesSkipReason(date, sittingsOnDate(ctx.db, date).length > 0),
    })),
  }));

  router.handle('sittings:createSeries', (ctx, input) => {
    if (!input.venue && !input.remoteLink) throw fieldError('venue', 'Enter a venue or a remote meeting link');
    const today = ctx.clock.today();
    const at = ctx.clock.now().toISOString();
    const created: string[] = [];
    for (const date of seriesDates(input.year, input.weekday, input.weeksOfMonth)) {
      if (date < today || seriesSkipReason(date, sittingsOnDate(ctx.db, date).length > 0)) continue;
      const id = ctx.ids.next();
      insertSitting(ctx.db, {
        id,
        kind: 'main',
        date,
        startTime: input.startTime,
        venue: input.venue,
        remoteLink: input.remoteLink,
        status: 'planned',
        createdAt: at,
        updatedAt: at,
      });
      inviteCurrentMembers(ctx, id);
      created.push(id);
    }
    if (created.length === 0)
      throw new DomainError(
        'RULE_VIOLATION',
        'No sittings were created: every date in the series is past, a bank holiday or already taken.',
      );
    ctx.audit.changes = { sittingsCreated: [null, created.length] };
    return sittingSummaries(ctx.db, { from: `${input.year}-01-01`, to: `${input.year}-12-31` }).filter((s) =>
      created.includes(s.id),
    );
  });

  router.handle('sittings:create', (ctx, input) => {
    if (input.date < ctx.clock.today() && !input.confirmPast) {
      throw fieldError(
        'date',
        `${formatDate(input.date)} is in the past. Confirm that you are entering a past sitting to bring in old records.`,
      );
    }
    refuseUnknownPlannedPresider(ctx, input.plannedPresiderId);
    if (sittingsOnDate(ctx.db, input.date).length > 0 && input.kind === 'main') {
      throw fieldError(
        'date',
        `There is already a sitting on ${formatDate(input.date)}. Add this one as an extra sitting, or choose another date.`,
      );
    }
    const id = ctx.ids.next();
    const at = ctx.clock.now().toISOString();
    const { confirmPast: _confirm, ...fields } = input;
    insertSitting(ctx.db, { id, ...fields, status: 'planned', createdAt: at, updatedAt: at });
    inviteCurrentMembers(ctx, id);
    return requireSitting(ctx, id);
  });

  router.handle('sittings:update', (ctx, input) => {
    const current = requireSitting(ctx, input.id);
    refuseIfClosed(current);
    if (input.date !== current.date && input.date < ctx.clock.today() && !input.confirmPast) {
      throw fieldError(
        'date',
        `${formatDate(input.date)} is in the past. Confirm that you are entering a past sitting.`,
      );
    }
    refuseUnknownPlannedPresider(ctx, input.plannedPresiderId);
    claimVersion(ctx, input.id, input.version);
    updateSitting(ctx.db, input.id, {
      kind: input.kind,
      date: input.date,
      startTime: input.startTime,
      venue: input.venue,
      remoteLink: input.remoteLink,
      plannedPresiderId: input.plannedPresiderId,
    });
    return requireSitting(ctx, input.id);
  });

  router.handle('sittings:progress', (ctx, input) => {
    const current = requireSitting(ctx, input.id);
    refuseIfClosed(current);
    const from = ORDER.indexOf(current.status as (typeof ORDER)[number]);
    const to = ORDER.indexOf(input.status);
    if (from === -1 || from === ORDER.length - 1) {
      throw new DomainError(
        'RULE_VIOLATION',
        'After a sitting is held, its minutes move it on: they are drafted, approved by the chair and sent to the ADM from the minutes page.',
      );
    }
    if (to !== from + 1) {
      throw new DomainError(
        'RULE_VIOLATION',
        `A sitting moves one step at a time; from "${current.status.replace('_', ' ')}" the next step is "${ORDER[from + 1]?.replace('_', ' ') ?? 'none'}".`,
      );
    }
    if (input.status === 'papers_sent' && !input.papersSentDate)
      throw fieldError('papersSentDate', 'Enter the date the papers were sent');
    if (input.status === 'held' && current.date > ctx.clock.today()) {
      throw new DomainError(
        'RULE_VIOLATION',
        `The sitting is on ${formatDate(current.date)}; it cannot be marked as held before then.`,
      );
    }
    claimVersion(ctx, input.id, input.version);
    updateSitting(ctx.db, input.id, {
      status: input.status,
      ...(input.status === 'papers_sent' ? { papersSentDate: input.papersSentDate } : {}),
    });
    // The agenda members now hold fixes each item's number (a withdrawn item keeps it; a later one is added late).
    if (input.status === 'papers_sent') fixItemNumbers(ctx.db, input.id);
    return requireSitting(ctx, input.id);
  });

  router.handle('sittings:cancel', (ctx, input) => {
    const current = requireSitting(ctx, input.id);
    refuseIfClosed(current);
    if (current.status !== 'planned' && current.status !== 'papers_sent') {
      throw new DomainError('RULE_VIOLATION', 'A sitting that has been held cannot be cancelled.');
    }
    if (input.moveItemsTo) {
      const target = getSittingRow(ctx.db, input.moveItemsTo);
      if (!target || target.sitting.status === 'cancelled' || input.moveItemsTo === input.id) {
        throw fieldError('moveItemsTo', 'Choose a planned sitting to move the items to');
      }
    }
    claimVersion(ctx, input.id, input.version);
    updateSitting(ctx.db, input.id, { status: 'cancelled', cancelledReason: input.reason });
    for (const item of current.items.filter((i) => i.status === 'scheduled')) {
      releaseOrMoveItem(
        ctx,
        item.id,
        input.moveItemsTo ? 'move' : 'defer',
        `Sitting cancelled: ${input.reason}`,
        input.moveItemsTo,
      );
    }
    return requireSitting(ctx, input.id);
  });

  router.handle('sittings:setRoles', (ctx, input) => {
    const current = requireSitting(ctx, input.sittingId);
    refuseIfClosed(current);
    if (input.presiderId) {
      const presider = current.attendance.find((a) => a.memberId === input.presiderId);
      if (!presider || presider.listRole === 'member')
        throw fieldError('presiderId', 'Choose the chair or a vice chair invited to this sitting');
    }
    claimVersion(ctx, input.sittingId, input.version);
    updateSitting(ctx.db, input.sittingId, {
      presiderId: input.presiderId,
      adviserName: input.adviserName,
      minuteTakerName: input.minuteTakerName,
    });
    return requireSitting(ctx, input.sittingId);
  });
}
