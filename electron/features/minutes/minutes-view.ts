import { assembleMinutes, goesToAdm, unresolvedItems } from '../../../shared/domain/minutes/assemble-minutes';
import type { AdmReferral, MinutesContent, MinutesView } from '../../../shared/schemas/minutes';
import type { RecommendationView } from '../../../shared/schemas/recommendation';
import type { SittingDetail } from '../../../shared/schemas/sitting-views';
import { getSittingItemRow } from '../../../db/repositories/sittings-repository';
import { admChoices, getUserRecord } from '../../../db/repositories/users-repository';
import type { AppDatabase } from '../../../db/connection';
import type { HandlerContext } from '../../backend/router';
import { getRecommendation } from '../recommendations/recommendation-repository';
import { clocksFor } from '../settings/service-clocks';
import { readSettings } from '../settings/settings-repository';
import { requireSitting } from '../sittings/sitting-guards';
import { getMinutesRow, getVersionContent, hashMinutes, listVersions, notesOf } from './minutes-repository';

/**
 * The minutes as they would read if saved now, from the sitting, its
 * recommendations and the saved notes. A caller that already built the
 * sitting's view passes it, so it is built once per call.
 */
export function draftMinutes(
  ctx: HandlerContext,
  sittingId: string,
  sitting: SittingDetail = requireSitting(ctx, sittingId),
): MinutesContent {
  const recommendations = new Map<string, RecommendationView>();
  for (const item of sitting.items) {
    const recommendation = getRecommendation(ctx.db, item.id, item.itemType);
    if (recommendation) recommendations.set(item.id, recommendation);
  }
  return assembleMinutes({
    agencyName: readSettings(ctx.db).agencyName,
    sitting,
    recommendations,
    notes: notesOf(getMinutesRow(ctx.db, sittingId)),
  });
}

function referrals(db: AppDatabase, content: MinutesContent): AdmReferral[] {
  const clocks = clocksFor(db);
  return content.items.filter(goesToAdm).map((item) => {
    const row = getSittingItemRow(db, item.itemId);
    const adm = row?.decidingAdmUserId ? getUserRecord(db, row.decidingAdmUserId) : null;
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

export function minutesView(
  ctx: HandlerContext,
  sittingId: string,
  sitting: SittingDetail = requireSitting(ctx, sittingId),
): MinutesView {
  const row = getMinutesRow(ctx.db, sittingId);
  const draft = draftMinutes(ctx, sittingId, sitting);
  const versions = listVersions(ctx.db, sittingId);
  const approvedContent =
    row?.approvedVersionNumber != null ? getVersionContent(ctx.db, sittingId, row.approvedVersionNumber) : null;
  const approval =
    row?.approvedVersionNumber != null && row.approvedHash && row.approvedByName && row.approvedAt
      ? {
          versionNumber: row.approvedVersionNumber,
          hash: row.approvedHash,
          byName: row.approvedByName,
          at: row.approvedAt,
          intact: approvedContent !== null && hashMinutes(approvedContent) === row.approvedHash,
        }
      : null;
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
