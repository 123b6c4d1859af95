import { formatDate } from '../../../shared/domain/dates';
import { COMPLAINTS_PAGE_SIZE, type NewComplaint } from '../../../shared/schemas/complaints';
import type { AuditTrail } from '../../backend/audit/audit-trail';
import { fieldError, notFound, staleView } from '../../backend/domain-error';
import type { HandlerContext, Router } from '../../backend/router';
import {
  getComplaint,
  getFeedback,
  householdExists,
  insertComplaint,
  insertFeedback,
  complaintsPage,
  feedbackPage,
  sittingOfItem,
  sittingToLink,
  updateComplaint,
} from '../../../db/repositories/complaints-repository';

const THE_COMPLAINT = 'This complaint';

function refuseFuture(ctx: HandlerContext, field: string, date: string | null, what: string): void {
  if (date && date > ctx.clock.today()) throw fieldError(field, `The ${what} cannot be in the future`);
}

function findSitting(ctx: HandlerContext, id: string) {
  return sittingToLink(ctx.db, id);
}

/** The links a complaint may have must point at records that exist. */
function checkComplaint(ctx: HandlerContext, input: NewComplaint): void {
  refuseFuture(ctx, 'receivedOn', input.receivedOn, 'date the complaint was received');
  refuseFuture(ctx, 'closedOn', input.closedOn, 'date the complaint was closed');
  if (input.sittingId && !findSitting(ctx, input.sittingId)) {
    throw fieldError('sittingId', 'The sitting chosen could not be found. Choose another, or none.');
  }
  if (input.householdId && !householdExists(ctx.db, input.householdId)) {
    throw fieldError('householdId', 'The household chosen could not be found. Choose another, or none.');
  }
}

function complaintFields(input: NewComplaint): NewComplaint {
  return {
    receivedOn: input.receivedOn,
    source: input.source,
    summary: input.summary,
    sittingId: input.sittingId,
    householdId: input.householdId,
    outcome: input.outcome,
    closedOn: input.closedOn,
  };
}

/**
 * The complaints log and panel feedback forms, both counted in the annual
 * report. Only the administrator records them; every write is audited.
 */
export function registerComplaints(router: Router, audit: AuditTrail): void {
  audit.registerEntity('complaint', (db, id) => getComplaint(db, id));
  audit.registerEntity('feedback form', (db, id) => getFeedback(db, id));

  router.handle('complaints:list', (ctx, { page, ...filter }) =>
    complaintsPage(ctx.db, filter, page ?? 1, COMPLAINTS_PAGE_SIZE),
  );

  router.handle('complaints:create', (ctx, input) => {
    checkComplaint(ctx, input);
    const id = ctx.ids.next();
    insertComplaint(ctx.db, id, complaintFields(input), ctx.clock.now().toISOString());
    ctx.audit.entityId = id;
    const created = getComplaint(ctx.db, id);
    if (!created) throw notFound(THE_COMPLAINT);
    return created;
  });

  router.handle('complaints:update', (ctx, input) => {
    if (!getComplaint(ctx.db, input.id)) throw notFound(THE_COMPLAINT);
    checkComplaint(ctx, input);
    if (!updateComplaint(ctx.db, input.id, input.version, complaintFields(input), ctx.clock.now().toISOString())) {
      throw staleView(THE_COMPLAINT, () => getComplaint(ctx.db, input.id));
    }
    const updated = getComplaint(ctx.db, input.id);
    if (!updated) throw notFound(THE_COMPLAINT);
    return updated;
  });

  router.handle('feedback:list', (ctx, { page, ...filter }) =>
    feedbackPage(ctx.db, filter, page ?? 1, COMPLAINTS_PAGE_SIZE),
  );

  router.handle('feedback:create', (ctx, input) => {
    refuseFuture(ctx, 'receivedOn', input.receivedOn, 'date the form was received');
    const sitting = findSitting(ctx, input.sittingId);
    if (!sitting) throw fieldError('sittingId', 'The sitting chosen could not be found. Choose another.');
    if (sitting.status === 'cancelled') {
      throw fieldError('sittingId', 'This sitting was cancelled, so there is no panel to give feedback on');
    }
    if (input.receivedOn < sitting.date) {
      throw fieldError(
        'receivedOn',
        `Feedback cannot be received before the sitting it is about, on ${formatDate(sitting.date)}`,
      );
    }
    if (input.itemId) {
      const item = sittingOfItem(ctx.db, input.itemId);
      if (item?.sittingId !== sitting.id) {
        throw fieldError('itemId', "Choose an item on this sitting's agenda, or none for the sitting as a whole");
      }
    }
    const id = ctx.ids.next();
    insertFeedback(ctx.db, {
      id,
      receivedOn: input.receivedOn,
      fromKind: input.fromKind,
      sittingId: sitting.id,
      itemId: input.itemId,
      rating: input.rating,
      comment: input.comment,
      createdAt: ctx.clock.now().toISOString(),
    });
    ctx.audit.entityId = id;
    const created = getFeedback(ctx.db, id);
    if (!created) throw notFound('This feedback form');
    return created;
  });
}
