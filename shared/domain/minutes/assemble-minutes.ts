import type { MinutesContent, MinutesItem, MinutesNotes } from '../../schemas/minutes';
import { LIST_ROLE_LABELS } from '../../schemas/member';
import type { RecommendationView } from '../../schemas/recommendation';
import type { SittingDetail } from '../../schemas/sitting-views';
import { itemMovements, itemPresenters, itemPresidedBy, onAgenda } from './item-people';

export interface MinutesSources {
  agencyName: string;
  sitting: SittingDetail;
  /** The recommendation recorded on each item, by item id. */
  recommendations: ReadonlyMap<string, RecommendationView>;
  notes: MinutesNotes;
}

const PERSON_ROLES = { applicant: 'Applicant', supporter: 'Supporter', other: 'Attending', presenter: 'Presenter' };

/**
 * The minutes as one record (NMS 14): the sitting's facts, each item with its
 * recommendation, and the administrator's notes. Pure and deterministic: the
 * same sources always give the same content, so a hash of it means something.
 */
export function assembleMinutes({ agencyName, sitting, recommendations, notes }: MinutesSources): MinutesContent {
  const attendance = (status: string) => sitting.attendance.filter((a) => a.status === status);
  const presider = sitting.attendance.find((a) => a.memberId === sitting.presiderId);
  // Printed as "Margaret Ellis (Chair, presiding)": the role, then that they presided, never nested brackets.
  const roleOf = (a: (typeof sitting.attendance)[number]) =>
    a.memberId === sitting.presiderId ? `${LIST_ROLE_LABELS[a.listRole]}, presiding` : LIST_ROLE_LABELS[a.listRole];
  return {
    agencyName,
    sitting: {
      id: sitting.id,
      kind: sitting.kind,
      date: sitting.date,
      startTime: sitting.startTime,
      venue: sitting.venue,
      remoteLink: sitting.remoteLink,
      presider: presider ? { name: presider.name, role: LIST_ROLE_LABELS[presider.listRole] } : null,
      adviserName: sitting.adviserName,
      minuteTakerName: sitting.minuteTakerName,
      present: attendance('present').map((a) => ({ name: a.name, role: roleOf(a) })),
      apologies: attendance('apologies').map((a) => a.name),
      absent: attendance('absent').map((a) => a.name),
      observers: sitting.people
        .filter((p) => p.kind === 'observer')
        .map((p) => ({ name: p.name, role: p.description ?? 'Observer' })),
    },
    opening: notes.opening ?? null,
    items: sitting.items.map((item) => minutesItem(sitting, item, recommendations, notes)),
    otherBusiness: notes.otherBusiness ?? null,
    closing: notes.closing ?? null,
  };
}

function minutesItem(
  sitting: SittingDetail,
  item: SittingDetail['items'][number],
  recommendations: ReadonlyMap<string, RecommendationView>,
  notes: MinutesNotes,
): MinutesItem {
  const people = sitting.people.filter((p) => p.itemId === item.id);
  const own = notes.items[item.id];
  const recommendation = recommendations.get(item.id);
  return {
    itemId: item.id,
    // The agenda's number, fixed when the papers went out (issue 19: one numbering).
    number: item.number,
    ...(item.addedLate ? { addedLate: true } : {}),
    itemType: item.itemType,
    typeLabel: item.typeLabel,
    title: item.title,
    householdReference: item.household?.reference ?? null,
    status: item.status,
    statusReason: item.statusReason,
    presenters: itemPresenters(sitting, item),
    ...itemMovements(sitting, item),
    ...itemPresidedBy(item),
    attendees: people
      .filter((p) => p.kind !== 'presenter' && p.kind !== 'observer')
      .map((p) => ({ name: p.name, role: p.description ?? PERSON_ROLES[p.kind as keyof typeof PERSON_ROLES] })),
    declarations: item.declarations.map((d) => ({ name: d.name, interest: d.interest, withdrew: d.withdrew })),
    quorum: {
      quorate: item.quorum.quorate,
      membersCounted: item.quorum.membersCounted,
      failures: item.quorum.failures.map((f) => f.message),
    },
    papersConsidered: own?.papersConsidered ?? null,
    discussion: own?.discussion ?? null,
    actions: own?.actions ?? null,
    // Only for an item heard (or still to be) at this sitting: one taken off the agenda had nobody presiding it here.
    ...(item.presiding.note && onAgenda(item) ? { presiding: item.presiding.note } : {}),
    ...(item.serviceRecommendation
      ? {
          serviceRecommendation: {
            outcomeLabel: item.serviceRecommendation.outcomeLabel,
            reasons: item.serviceRecommendation.reasons,
          },
        }
      : {}),
    recommendation: recommendation
      ? {
          outcome: recommendation.outcome,
          outcomeLabel: recommendation.outcomeLabel,
          terms: recommendation.terms,
          reasons: recommendation.reasons,
          keyIssues: recommendation.keyIssues,
          membersViews: recommendation.membersViews,
          unanimous: recommendation.unanimous,
          votesFor: recommendation.votesFor,
          votesAgainst: recommendation.votesAgainst,
          votesAbstaining: recommendation.votesAbstaining,
          dissent: recommendation.dissent.map((d) => ({ name: d.name, view: d.view })),
          outstanding: recommendation.outstanding,
          reportQualityRating: recommendation.reportQualityRating,
          reportQualityComment: recommendation.reportQualityComment,
          recordedBy: recommendation.onBehalfOf
            ? `${recommendation.recordedByName} for ${recommendation.onBehalfOf}`
            : recommendation.recordedByName,
        }
      : null,
  };
}

/** JSON with keys in sorted order at every level: the form that is hashed. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Items the chair cannot approve the minutes without: still on the agenda with no recommendation. */
export function unresolvedItems(content: MinutesContent): string[] {
  return content.items
    .filter((item) => item.status === 'scheduled' && !item.recommendation)
    .map(
      (item) => `${item.number}. ${item.typeLabel}${item.householdReference ? ` (${item.householdReference})` : ''}`,
    );
}

/**
 * Whether the panel's recommendation on this item goes to the ADM for a
 * decision (domain.md): not deferrals, not business items, not resignations
 * (noted: no decision to make), not extensions (the nominated officer decides).
 */
const NO_ADM_DECISION: ReadonlySet<string> = new Set(['business', 'resignation', 'temporary_approval_extension']);
export function goesToAdm(item: MinutesItem): boolean {
  return (
    !NO_ADM_DECISION.has(item.itemType) && item.recommendation !== null && item.recommendation.outcome !== 'deferred'
  );
}
