import { assembleMinutes, goesToAdm, unresolvedItems } from '../../../shared/domain/minutes/assemble-minutes';
import type { AdmReferral, MinutesContent, MinutesView } from '../../../shared/schemas/minutes';
import type { SittingDetail } from '../../../shared/schemas/sitting-views';
import { admChoices } from '../../../db/repositories/users-repository';
import type { ReadableDb } from '../../../db/connection';
import type { ReadContext } from '../../backend/router';
import { recommendationsFor } from '../../../db/repositories/recommendations-repository';
import { clocksFor } from '../../backend/service-clocks';
import { readSettings } from '../../../db/repositories/settings-repository';
import { requireSitting } from '../sittings/sitting-guards';
import {
  admNames,
  getMinutesRow,
  getVersionContent,
  hashMinutes,
  listVersions,
  notesOf,
  referralRows,
} from '../../../db/repositories/minutes-repository';

/**
 * The minutes as they would read if saved now, from the sitting, its
 * recommendations and the saved notes. A caller that already built the
 * sitting's view passes it, so it is built once per call.
 */
export function draftMinutes(
  ctx: ReadContext,
  sittingId: string,
  sitting: SittingDetail = requireSitting(ctx, sittingId),
): MinutesContent {
  const recommendations = recommendationsFor(ctx.db, sitting.items);
  return assembleMinutes({
    agencyName: readSettings(ctx.db).agencyName,
    sitting,
    recommendations,
    notes: notesOf(getMinutesRow(ctx.db, sittingId)),
  });
}

function referrals(db: ReadableDb, content: MinutesContent): AdmReferral[] {
  const clocks = clocksFor(db);
  const referred = content.items.filter(goesToAdm);
  // One read for the items' routing and one for their ADMs, not two per item.
  const rows = new Map(
    referralRows(
      db,
      referred.map((item) => item.itemId),
    ).map((row) => [row.id, row]),
  );
  const admIds = [
    ...new Set([...rows.values()].flatMap((row) => (row.decidingAdmUserId ? [row.decidingAdmUserId] : []))),
  ];
  const adms = new Map(admNames(db, admIds).map((user) => [user.id, user]));
  return referred.map((item) => {
    const row = rows.get(item.itemId);
    const adm = row?.decidingAdmUserId ? adms.get(row.decidingAdmUserId) : undefined;
    const sentDate = row?.sentToAdmDate ?? null;
    return {
      itemId: item.itemId,
      number: item.number,
      label: `${item.number}. ${item.typeLabel}${item.householdReference ? ` (${item.householdReference})` : ''}`,
      admUserId: adm?.id ?? null,
      admName: adm?.displayName ?? null,
      sentDate,
      decisionDue: sentDate ? clocks.admDecisionDue(sentDate) : null,
    };
  });
}

/** The approved version of a sitting's minutes and who approved it, without building the draft. */
export function approvedMinutes(db: ReadableDb, sittingId: string) {
  const row = getMinutesRow(db, sittingId);
  const approvedContent =
    row?.approvedVersionNumber != null ? getVersionContent(db, sittingId, row.approvedVersionNumber) : null;
  const approval =
    row?.approvedVersionNumber != null && row.approvedHash && row.approvedByName && row.approvedAt
      ? {
          versionNumber: row.approvedVersionNumber,
          hash: row.approvedHash,
          byName: row.approvedByName,
          capacity: row.approvedByCapacity,
          at: row.approvedAt,
          intact: approvedContent !== null && hashMinutes(approvedContent) === row.approvedHash,
        }
      : null;
  return { row, approvedContent, approval };
}

export function minutesView(
  ctx: ReadContext,
  sittingId: string,
  sitting: SittingDetail = requireSitting(ctx, sittingId),
): MinutesView {
  const { row, approvedContent, approval } = approvedMinutes(ctx.db, sittingId);
  const draft = draftMinutes(ctx, sittingId, sitting);
  const versions = listVersions(ctx.db, sittingId);
  return {
    sittingId,
    sittingStatus: sitting.status,
    version: row?.version ?? 0,
    notes: notesOf(row),
    draft,
    unsavedChanges: versions[0]?.hash !== hashMinutes(draft),
    versions,
    approval,
    approvedContent,
    lastVoid:
      row?.voidedAt && row.voidedByName && row.voidReason
        ? { at: row.voidedAt, byName: row.voidedByName, reason: row.voidReason }
        : null,
    unresolvedItems: unresolvedItems(draft),
    referrals: referrals(ctx.db, approvedContent ?? draft),
    admChoices: admChoices(ctx.db),
  };
}
