import { asc, eq, inArray } from 'drizzle-orm';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../shared/contract/documents';
import { decisionOption } from '../../../shared/domain/decisions/decision-rules';
import { RESIGNATION_REASONS, type ResignationReason } from '../../../shared/domain/reports/ending-reasons';
import { reviewKindLabel } from '../../../shared/domain/reviews/review-kinds';
import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import { getDirectReferral } from '../direct-referrals-repository';
import { outcomeLabel } from '../../../shared/domain/recommendations/outcomes';
import { TermsOfApproval } from '../../../shared/schemas/household';
import type { SubjectAccessData } from '../../../shared/schemas/records';
import type { AppDatabase } from '../../connection';
import { getHousehold } from '../households-repository';
import {
  admCases,
  agendaItemHistory,
  agendaItems,
  issuedDocuments,
  resignations,
  sittingPeople,
  sittings,
  temporaryExtensions,
} from '../../schema';
import { feedbackForItems, listComplaints } from '../complaints-repository';
import { getRecommendation } from '../recommendations-repository';
import { purgeOf } from '../retention/retention-facts';
import { exemptionsOf, reviewsWithoutPanelOf } from './subject-access-reviews';

export interface SubjectAccessExport {
  data: SubjectAccessData;
  /** Issued letters with bytes, by their path in the zip. */
  letters: Map<string, Uint8Array>;
}

function terms(json: string | null): TermsOfApproval | null {
  if (!json) return null;
  const parsed = TermsOfApproval.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

function decisionLabel(type: ItemType | undefined, code: string | null): string | null {
  if (!code) return null;
  return (type ? decisionOption(type, code)?.label : null) ?? code;
}

function agendaItemsOf(db: AppDatabase, householdId: string) {
  const items = db
    .select({ item: agendaItems, sittingDate: sittings.date, sittingKind: sittings.kind })
    .from(agendaItems)
    .leftJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(eq(agendaItems.householdId, householdId))
    .orderBy(asc(sittings.date), asc(agendaItems.position))
    .all();
  const ids = items.map(({ item }) => item.id);
  const people = ids.length > 0 ? db.select().from(sittingPeople).where(inArray(sittingPeople.itemId, ids)).all() : [];
  const history =
    ids.length > 0
      ? db
          .select()
          .from(agendaItemHistory)
          .where(inArray(agendaItemHistory.itemId, ids))
          .orderBy(asc(agendaItemHistory.at))
          .all()
      : [];
  return items.map(({ item, sittingDate, sittingKind }) => {
    const type = item.itemType as ItemType;
    return {
      id: item.id,
      sittingDate,
      sittingKind,
      itemType: item.itemType,
      typeLabel: ITEM_TYPE_INFO[type]?.label ?? item.itemType,
      title: item.title,
      status: item.status,
      statusReason: item.statusReason,
      papersReceivedDate: item.papersReceivedDate,
      people: people
        .filter((p) => p.itemId === item.id)
        .map((p) => ({ kind: p.kind, name: p.name, description: p.description })),
      history: history
        .filter((h) => h.itemId === item.id)
        .map((h) => ({ at: h.at, action: h.action, detail: h.detail, byName: h.byName })),
      recommendation: ITEM_TYPE_INFO[type] ? getRecommendation(db, item.id, type) : null,
      serviceRecommendation: serviceRecommendation(db, item.id, type),
      serviceRecommendationToPanel: item.serviceOutcome
        ? {
            outcome: item.serviceOutcome,
            outcomeLabel: outcomeLabel(type, item.serviceOutcome),
            reasons: item.serviceReasons,
          }
        : null,
      reportGivenDate: item.reportGivenDate,
      observationsReceivedDate: item.observationsReceivedDate,
      reviewKind: item.reviewKind,
      reviewKindLabel: type === 'other_review' ? reviewKindLabel(item.reviewKind) : null,
    };
  });
}

function serviceRecommendation(db: AppDatabase, itemId: string, type: ItemType) {
  const referral = getDirectReferral(db, itemId);
  if (!referral) return null;
  return {
    reportDate: referral.reportDate,
    presentedBy: referral.presentedBy,
    outcomeLabel: outcomeLabel(type, referral.outcome),
    reasons: referral.reasons,
  };
}

/**
 * Everything held about one household (UK GDPR article 15): its details and
 * history, panel business, decisions, complaints and feedback, and the
 * letters issued to it byte for byte. Null when there is no such household.
 * `letterPath` names each letter with bytes inside the export, in issue order.
 */
export function subjectAccessData(
  db: AppDatabase,
  householdId: string,
  made: { at: string; on: string; by: string; agencyName: string },
  letterPath: (fileName: string) => string,
): SubjectAccessExport | null {
  const household = getHousehold(db, householdId);
  if (!household) return null;
  const items = agendaItemsOf(db, householdId);
  const typeOf = new Map(items.map((item) => [item.id, item.itemType as ItemType]));
  const decisions = db
    .select()
    .from(admCases)
    .where(eq(admCases.householdId, householdId))
    .all()
    .map((row) => ({
      itemId: row.itemId,
      state: row.state,
      verdict: row.verdict,
      decision: decisionLabel(typeOf.get(row.itemId), row.decisionCode),
      decisionTerms: terms(row.decisionTerms),
      reasons: row.decisionReasons,
      decidedOn: row.decidedOn,
      decidedByName: row.decidedByName,
      informationRequested: row.infoWhat,
      letterDate: row.letterDate,
      windowEnds: row.windowEnds,
      route: row.route,
      routeReceivedOn: row.routeReceivedOn,
      irmRecommendation: row.irmRecommendation,
      irmRecommendationOn: row.irmRecommendationOn,
      irmConsidered: row.irmConsidered,
      irmDeparts: row.irmDeparts,
      irmDepartureReasons: row.irmDepartureReasons,
      toldOrallyOn: row.toldOrallyOn,
      toldOrallyByName: row.toldOrallyByName,
      toldInWritingOn: row.toldInWritingOn,
      finalDecision: decisionLabel(typeOf.get(row.itemId), row.finalCode),
      finalTerms: terms(row.finalTerms),
      finalReasons: row.finalReasons,
      finalDecidedOn: row.finalDecidedOn,
      finalDecidedByName: row.finalDecidedByName,
      approvalEnds: row.approvalEnds,
    }));
  const letters = new Map<string, Uint8Array>();
  const documents = db
    .select()
    .from(issuedDocuments)
    .where(eq(issuedDocuments.householdId, householdId))
    .orderBy(asc(issuedDocuments.issuedAt), asc(issuedDocuments.id))
    .all()
    .map((row) => {
      const inExportAs = row.bytes.length > 0 ? letterPath(row.fileName) : null;
      if (inExportAs) letters.set(inExportAs, row.bytes);
      return {
        id: row.id,
        kindLabel: DOCUMENT_KIND_LABELS[row.kind as DocumentKind] ?? row.kind,
        fileName: row.fileName,
        issuedAt: row.issuedAt,
        issuedByName: row.issuedByName,
        sha256: row.sha256,
        sizeBytes: row.sizeBytes,
        inExportAs,
      };
    });
  return {
    letters,
    data: {
      madeAt: made.at,
      madeOn: made.on,
      madeBy: made.by,
      agencyName: made.agencyName,
      household,
      purge: purgeOf(db, householdId),
      agendaItems: items,
      decisions,
      resignations: db
        .select()
        .from(resignations)
        .where(eq(resignations.householdId, householdId))
        .orderBy(asc(resignations.noticeReceivedOn), asc(resignations.recordedAt))
        .all()
        .map((r) => ({
          itemId: r.itemId,
          id: r.id,
          noticeReceivedOn: r.noticeReceivedOn,
          approvalEnds: r.approvalEnds,
          reason: r.reason ? (RESIGNATION_REASONS[r.reason as ResignationReason] ?? r.reason) : null,
          recordedByName: r.recordedByName,
          recordedAt: r.recordedAt,
        })),
      reviewsWithoutPanel: reviewsWithoutPanelOf(db, householdId),
      exemptions: exemptionsOf(
        db,
        items.map((item) => item.id),
      ),
      extensions: db
        .select()
        .from(temporaryExtensions)
        .where(eq(temporaryExtensions.householdId, householdId))
        .all()
        .map((e) => ({
          itemId: e.itemId,
          kind: e.kind,
          previousEnd: e.previousEnd,
          newEnd: e.newEnd,
          decidedOn: e.decidedOn,
          decidedByName: e.decidedByName,
          iroToldOn: e.iroToldOn,
        })),
      complaints: listComplaints(db, { householdId }),
      feedback: feedbackForItems(
        db,
        items.map((item) => item.id),
      ),
      documents,
    },
  };
}
