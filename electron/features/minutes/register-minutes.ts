import { formatDate } from '../../../shared/domain/dates';
import { goesToAdm } from '../../../shared/domain/minutes/assemble-minutes';
import {
  getSittingItemRow,
  setSittingStatus as writeSittingStatus,
  type SittingStatus,
} from '../../../db/repositories/sittings-repository';
import { updateAgendaItem } from '../../../db/repositories/agenda-items-repository';
import { recommendationRecorder } from '../../../db/repositories/recommendations-repository';
import { getUserRecord } from '../../../db/repositories/users-repository';
import { DomainError, fieldError, staleVersion, type StaleVersionError } from '../../backend/domain-error';
import type { HandlerContext, ReadContext, Router } from '../../backend/router';
import { openCase } from '../../../db/repositories/adm-cases-repository';
import { requireSitting } from '../sittings/sitting-guards';
import {
  getMinutesRow,
  getVersionContent,
  hashMinutes,
  insertVersion,
  latestVersionNumber,
  writeMinutesRow,
  type MinutesRow,
} from '../../../db/repositories/minutes-repository';
import { draftMinutes, minutesView } from './minutes-view';
import { formatChangedAt } from '../../backend/stale-refusal';
import type { MinutesView } from '../../../shared/schemas/minutes';
import { requireCurrentAdm } from '../users/current-adm';

/** A save against an older version of the minutes: the refusal names who changed them and carries them as they are. */
function staleMinutes(ctx: ReadContext, sittingId: string): StaleVersionError {
  return staleVersion('The minutes', {
    entity: 'minutes',
    id: sittingId,
    read: () => {
      const view = minutesView(ctx, sittingId);
      return { record: view, version: view.version };
    },
  });
}

const AFTER_HELD: ReadonlySet<string> = new Set(['held', 'minutes_drafted', 'minutes_approved', 'sent_to_adm']);

function setSittingStatus(ctx: HandlerContext, sittingId: string, status: SittingStatus): void {
  writeSittingStatus(ctx.db, sittingId, status, ctx.clock.now().toISOString());
}

function requireMinutesVersion(ctx: ReadContext, sittingId: string, row: MinutesRow | null, version: number): void {
  if ((row?.version ?? 0) !== version) throw staleMinutes(ctx, sittingId);
}

const NO_APPROVAL = {
  approvedVersionNumber: null,
  approvedHash: null,
  approvedByUserId: null,
  approvedByName: null,
  approvedByCapacity: null,
  approvedAt: null,
} as const;

/** Saves the latest draft as a new version, when it differs from the last one. Returns the version number. */
function saveVersion(ctx: HandlerContext, sittingId: string, amendmentReason: string | null): number {
  const content = draftMinutes(ctx, sittingId);
  const hash = hashMinutes(content);
  const latest = latestVersionNumber(ctx.db, sittingId);
  const latestContent = latest > 0 ? getVersionContent(ctx.db, sittingId, latest) : null;
  if (latestContent && hashMinutes(latestContent) === hash) return latest;
  insertVersion(ctx.db, {
    id: ctx.ids.next(),
    sittingId,
    number: latest + 1,
    content: JSON.stringify(content),
    hash,
    savedAt: ctx.clock.now().toISOString(),
    savedByUserId: ctx.actor.userId,
    savedByName: ctx.actor.displayName,
    amendmentReason,
  });
  return latest + 1;
}

/**
 * The chair approving a version the administrator has since changed: refused naming who saved the newer version
 * and when, in the shared stale refusal's shape (the minutes as they are now, to read before approving).
 */
function newerMinutes(view: MinutesView, read: number): DomainError {
  const latest = view.versions[0];
  const who = latest
    ? `${latest.savedByName} saved version ${latest.number} of these minutes at ${formatChangedAt(latest.savedAt)}, after you read version ${read}.`
    : 'There is no saved version of these minutes to approve yet.';
  return new DomainError(
    'STALE_VERSION',
    `${who} Nothing has been approved. Read the newer version before approving.`,
    undefined,
    {
      changedBy: latest?.savedByName ?? null,
      changedAt: latest?.savedAt ?? null,
      version: latest?.number ?? null,
      current: view,
    },
  );
}

export function registerMinutes(router: Router): void {
  router.handle('minutes:get', (ctx, { sittingId }) => minutesView(ctx, sittingId));

  router.handle('minutes:version', (ctx, { sittingId, number }) => {
    requireSitting(ctx, sittingId);
    const content = getVersionContent(ctx.db, sittingId, number);
    if (!content) throw new DomainError('NOT_FOUND', `Version ${number} of these minutes does not exist.`);
    return content;
  });

  router.handle('minutes:save', (ctx, input) => {
    const sitting = requireSitting(ctx, input.sittingId);
    if (sitting.status === 'cancelled') throw new DomainError('RULE_VIOLATION', 'This sitting has been cancelled.');
    if (!AFTER_HELD.has(sitting.status)) {
      throw new DomainError(
        'RULE_VIOLATION',
        'Minutes can be written once the sitting is marked as held. Record attendance and mark it as held first.',
      );
    }
    const itemIds = new Set(sitting.items.map((i) => i.id));
    const stray = Object.keys(input.notes.items).find((id) => !itemIds.has(id));
    if (stray) throw fieldError('notes', 'The notes name an item that is not on this sitting’s agenda.');
    const row = getMinutesRow(ctx.db, input.sittingId);
    requireMinutesVersion(ctx, input.sittingId, row, input.version);
    const approved = row?.approvedVersionNumber != null;
    if (approved && !input.amendmentReason) {
      throw fieldError(
        'amendmentReason',
        'These minutes are approved. Give the reason for changing them: the change cancels the chair’s approval until they approve again.',
      );
    }
    const at = ctx.clock.now().toISOString();
    const reason = approved ? input.amendmentReason : null;
    const written = writeMinutesRow(ctx.db, input.sittingId, input.version, {
      notes: JSON.stringify(input.notes),
      updatedAt: at,
      ...(approved ? { ...NO_APPROVAL, voidedAt: at, voidedByName: ctx.actor.displayName, voidReason: reason } : {}),
    });
    if (!written) throw staleMinutes(ctx, input.sittingId);
    const number = saveVersion(ctx, input.sittingId, reason);
    if (sitting.status !== 'minutes_drafted') setSittingStatus(ctx, input.sittingId, 'minutes_drafted');
    ctx.audit.entityId = input.sittingId;
    ctx.audit.changes = {
      notes: [row ? JSON.parse(row.notes) : null, input.notes],
      savedVersion: [null, number],
      ...(approved ? { approval: [row?.approvedVersionNumber, null], amendmentReason: [null, reason] } : {}),
    };
    return minutesView(ctx, input.sittingId);
  });

  router.handle('minutes:approve', (ctx, input) => {
    const sitting = requireSitting(ctx, input.sittingId);
    if (!sitting.presiderId) {
      throw new DomainError(
        'RULE_VIOLATION',
        'Record who presided at this sitting before its minutes can be approved.',
      );
    }
    const user = ctx.actor.userId ? getUserRecord(ctx.db, ctx.actor.userId) : null;
    if (!user || user.memberId !== sitting.presiderId) {
      const presider = sitting.attendance.find((a) => a.memberId === sitting.presiderId)?.name ?? 'the presiding chair';
      throw new DomainError('FORBIDDEN', `Only ${presider}, who presided at this sitting, can approve its minutes.`);
    }
    if (sitting.status !== 'minutes_drafted') {
      throw new DomainError(
        'RULE_VIOLATION',
        sitting.status === 'minutes_approved' || sitting.status === 'sent_to_adm'
          ? 'These minutes are already approved.'
          : 'There is no saved draft of these minutes to approve yet.',
      );
    }
    const view = minutesView(ctx, input.sittingId);
    if (view.unresolvedItems.length > 0) {
      throw new DomainError(
        'RULE_VIOLATION',
        `The minutes cannot be approved while items have no recommendation or other outcome: ${view.unresolvedItems.join('; ')}.`,
      );
    }
    const latest = view.versions[0];
    if (!latest || latest.number !== input.versionNumber) throw newerMinutes(view, input.versionNumber);
    if (view.unsavedChanges) {
      throw new DomainError(
        'RULE_VIOLATION',
        'The record of this sitting has changed since the draft was saved. The administrator needs to save the draft again before it can be approved.',
      );
    }
    const row = getMinutesRow(ctx.db, input.sittingId);
    const at = ctx.clock.now().toISOString();
    const written = writeMinutesRow(ctx.db, input.sittingId, row?.version ?? 0, {
      approvedVersionNumber: latest.number,
      approvedHash: latest.hash,
      approvedByUserId: user.id,
      approvedByName: user.displayName,
      approvedByCapacity: sitting.attendance.find((a) => a.memberId === sitting.presiderId)?.listRole ?? null,
      approvedAt: at,
      updatedAt: at,
    });
    if (!written) throw staleMinutes(ctx, input.sittingId);
    setSittingStatus(ctx, input.sittingId, 'minutes_approved');
    ctx.audit.entityId = input.sittingId;
    ctx.audit.changes = { approvedVersion: [null, latest.number], approvedHash: [null, latest.hash] };
    return minutesView(ctx, input.sittingId);
  });

  router.handle('minutes:reopen', (ctx, input) => {
    requireSitting(ctx, input.sittingId);
    const row = getMinutesRow(ctx.db, input.sittingId);
    requireMinutesVersion(ctx, input.sittingId, row, input.version);
    if (row?.approvedVersionNumber == null) throw new DomainError('RULE_VIOLATION', 'These minutes are not approved.');
    const at = ctx.clock.now().toISOString();
    const written = writeMinutesRow(ctx.db, input.sittingId, input.version, {
      ...NO_APPROVAL,
      voidedAt: at,
      voidedByName: ctx.actor.displayName,
      voidReason: input.reason,
      updatedAt: at,
    });
    if (!written) throw staleMinutes(ctx, input.sittingId);
    setSittingStatus(ctx, input.sittingId, 'minutes_drafted');
    ctx.audit.entityId = input.sittingId;
    ctx.audit.changes = { approval: [row.approvedVersionNumber, null], reopenReason: [null, input.reason] };
    return minutesView(ctx, input.sittingId);
  });

  router.handle('minutes:sendToAdm', (ctx, input) => {
    const sitting = requireSitting(ctx, input.sittingId);
    const row = getMinutesRow(ctx.db, input.sittingId);
    requireMinutesVersion(ctx, input.sittingId, row, input.version);
    const view = minutesView(ctx, input.sittingId, sitting);
    if (!view.approval || !view.approvedContent) {
      throw new DomainError('RULE_VIOLATION', 'The chair must approve the minutes before they go to the ADM.');
    }
    if (!view.approval.intact) {
      throw new DomainError(
        'RULE_VIOLATION',
        'The approved minutes no longer match what the chair approved. Check the audit trail before sending anything.',
      );
    }
    const approvedOn = view.approval.at.slice(0, 10);
    if (input.sentDate > ctx.clock.today()) throw fieldError('sentDate', 'The date sent cannot be in the future');
    if (input.sentDate < approvedOn) {
      throw fieldError(
        'sentDate',
        `The minutes were approved on ${formatDate(approvedOn)}; they cannot have gone to the ADM before then.`,
      );
    }
    const adm = requireCurrentAdm(ctx, input.admUserId);
    const bound = new Map(view.approvedContent.items.filter(goesToAdm).map((i) => [i.itemId, i]));
    const changes: Record<string, [unknown, unknown]> = {};
    for (const itemId of new Set(input.itemIds)) {
      const item = bound.get(itemId);
      if (!item) throw fieldError('itemIds', 'Choose items whose recommendation goes to the ADM');
      if (recommendationRecorder(ctx.db, itemId) === adm.id) {
        throw fieldError(
          'admUserId',
          `${adm.displayName} recorded the panel’s recommendation on item ${item.number}, so cannot also decide it. Choose another ADM.`,
        );
      }
      const before = getSittingItemRow(ctx.db, itemId);
      // Representations feed the final decision on the original item's case; every other item opens its own.
      if (before && before.itemType !== 'representations') {
        openCase(ctx.db, itemId, before.householdId, ctx.clock.now().toISOString());
      }
      updateAgendaItem(ctx.db, itemId, {
        decidingAdmUserId: adm.id,
        sentToAdmDate: input.sentDate,
        updatedAt: ctx.clock.now().toISOString(),
      });
      changes[`item ${item.number}`] = [
        before?.sentToAdmDate ? { adm: before.decidingAdmUserId, sent: before.sentToAdmDate } : null,
        { adm: adm.id, sent: input.sentDate },
      ];
    }
    writeMinutesRow(ctx.db, input.sittingId, input.version, { updatedAt: ctx.clock.now().toISOString() });
    const after = minutesView(ctx, input.sittingId);
    if (sitting.status !== 'sent_to_adm' && after.referrals.every((r) => r.sentDate !== null)) {
      setSittingStatus(ctx, input.sittingId, 'sent_to_adm');
    }
    ctx.audit.entityId = input.sittingId;
    ctx.audit.changes = changes;
    return minutesView(ctx, input.sittingId);
  });
}
