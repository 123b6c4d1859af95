import { formatDate } from '../../../shared/domain/dates';
import { APPROVAL_TYPES, ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import { assessQuorum, membersForItem, type Attendance } from '../../../shared/domain/sittings/quorum';
import type { ItemView, SittingDetail, SittingSummary } from '../../../shared/schemas/sitting-views';
import { presidingView, serviceRecommendationView } from './item-presiding-view';
import { clocksFor, serviceCalendar } from '../../backend/service-clocks';
import { observationsView } from './observations-gate';
import { itemNumbers } from './item-numbers';
import { storedReviewKind } from '../../../shared/domain/reviews/review-kinds';
import type { ReadableDb } from '../../../db/connection';
import { readSettings } from '../../../db/repositories/settings-repository';
import {
  attendanceRows,
  declarationRows,
  getSittingRow,
  itemHistoryRows,
  itemRows,
  listSittingRows,
  openItemsForHouseholds,
  papersRows,
  peopleRows,
  type SittingRecord,
} from '../../../db/repositories/sittings-repository';

type Clocks = ReturnType<typeof clocksFor>;
type ItemHousehold = ReturnType<typeof itemRows>[number]['household'];

function summary(
  clocks: Clocks,
  row: { sitting: SittingRecord; presiderName: string | null },
  itemCount: number,
): SittingSummary {
  const { sitting } = row;
  return {
    id: sitting.id,
    version: sitting.version,
    kind: sitting.kind,
    date: sitting.date,
    startTime: sitting.startTime,
    venue: sitting.venue,
    remoteLink: sitting.remoteLink,
    status: sitting.status,
    papersDue: clocks.papersDue(sitting.date),
    itemCount,
    plannedPresiderName: row.presiderName,
  };
}

export function sittingSummaries(db: ReadableDb, filter: Parameters<typeof listSittingRows>[1]): SittingSummary[] {
  // The service's clocks are read once for the whole list, not once a row.
  const clocks = clocksFor(db);
  return listSittingRows(db, filter).map((row) => summary(clocks, row, row.itemCount));
}

/** "HH:mm" plus minutes, round the clock: plain arithmetic (date-fns' parse and format were a tenth of a sitting view). */
export function addToTime(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = (((hours * 60 + mins + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Who presides the sitting: the one recorded, or else the one planned, unless
 * the planned presider is recorded as sending apologies or absent. The planned
 * presider is the recorded one until someone changes it, so quorum, the
 * minutes and who approves them all follow the same person.
 */
function sittingPresider(
  sitting: { presiderId: string | null; plannedPresiderId: string | null },
  attendance: readonly { attendance: { status: string }; member: { id: string } }[],
): string | null {
  if (sitting.presiderId) return sitting.presiderId;
  const planned = attendance.find(({ member }) => member.id === sitting.plannedPresiderId);
  if (!planned || planned.attendance.status === 'apologies' || planned.attendance.status === 'absent') return null;
  return planned.member.id;
}

/** Everything a sitting's screen shows, with quorum and warnings worked out for each item. */
export function sittingDetail(db: ReadableDb, id: string): SittingDetail | null {
  const row = getSittingRow(db, id);
  if (!row) return null;
  const { sitting } = row;
  const items = itemRows(db, id);
  const itemIds = items.map((i) => i.item.id);
  const positionOf = new Map(items.map((i) => [i.item.id, i.item.position]));
  const numberOf = itemNumbers(items.map((i) => i.item));
  const attendance = attendanceRows(db, id);
  const forQuorum: Attendance[] = attendance.map(({ attendance: a, member }) => ({
    member: {
      memberId: member.id,
      name: member.name,
      listRole: member.listRole,
      independent: member.independent,
      socialWorkerPqe3: member.socialWorkerPqe3,
    },
    status: a.status === 'invited' ? 'present' : a.status,
    arrivedBeforeItem: a.arrivedBeforeItemId ? (positionOf.get(a.arrivedBeforeItemId) ?? null) : null,
    leftAfterItem: a.leftAfterItemId ? (positionOf.get(a.leftAfterItemId) ?? null) : null,
  }));
  const declared = declarationRows(db, itemIds);
  const history = itemHistoryRows(db, itemIds);
  const clocks = clocksFor(db);
  const calendar = serviceCalendar(readSettings(db));
  const papersDue = clocks.papersDue(sitting.date);
  const presider = sittingPresider(sitting, attendance);
  const quorumRule = readSettings(db).quorum;
  const openElsewhere = openItemsForHouseholds(
    db,
    items.flatMap(({ household }) => (household?.id ? [household.id] : [])),
    sitting.id,
  );

  let clock = sitting.startTime;
  const itemViews: ItemView[] = items.map(({ item, household }) => {
    const type = item.itemType as ItemType;
    const info = ITEM_TYPE_INFO[type];
    const ticked = JSON.parse(item.checklist) as Record<string, boolean>;
    const itemDeclarations = declared.filter((d) => d.declaration.itemId === item.id);
    const quorumDeclarations = itemDeclarations.map((d) => ({
      memberId: d.declaration.memberId,
      withdrew: d.declaration.withdrew,
    }));
    // Quorum rules 2 and 4 are judged with the item's presider, who may stand in for the sitting's.
    const presiding = presidingView(forQuorum, item.position, quorumDeclarations, presider, item.presiderId);
    const startTime = clock;
    if (item.status === 'scheduled' || item.status === 'heard') clock = addToTime(clock, item.durationMinutes);
    return {
      id: item.id,
      version: item.version,
      position: item.position,
      number: numberOf.get(item.id) ?? item.position,
      addedLate: item.addedLate,
      itemType: type,
      typeLabel: info.label,
      title: item.title,
      household: household?.id
        ? { id: household.id, reference: household.reference, displayName: household.displayName }
        : null,
      startTime,
      durationMinutes: item.durationMinutes,
      papersReceivedDate: item.papersReceivedDate,
      papersLate: item.papersReceivedDate !== null && item.papersReceivedDate > papersDue,
      checklist: info.checklist.map((entry) => ({ ...entry, done: ticked[entry.key] === true })),
      observations: observationsView(type, item, calendar),
      reviewKind: type === 'other_review' ? storedReviewKind(item.reviewKind) : null,
      status: item.status,
      statusReason: item.statusReason,
      declarations: itemDeclarations.map((d) => ({
        memberId: d.declaration.memberId,
        name: d.name,
        interest: d.declaration.interest,
        withdrew: d.declaration.withdrew,
      })),
      quorum: assessQuorum(
        membersForItem(forQuorum, item.position, quorumDeclarations),
        presiding.presiderId,
        quorumRule,
        presiding.problem,
      ),
      presiding,
      serviceRecommendation: serviceRecommendationView(type, item.serviceOutcome, item.serviceReasons),
      warnings: itemWarnings(
        clocks,
        sitting,
        household,
        openElsewhere.filter((other) => other.householdId === household?.id),
        type,
      ),
      history: history
        .filter((h) => h.itemId === item.id)
        .map((h) => ({ at: h.at, action: h.action, detail: h.detail, byName: h.byName })),
    };
  });
  return {
    ...summary(clocks, row, itemViews.filter((i) => i.status === 'scheduled' || i.status === 'heard').length),
    presiderId: presider,
    presiderRecorded: sitting.presiderId !== null,
    plannedPresiderId: sitting.plannedPresiderId,
    adviserName: sitting.adviserName,
    minuteTakerName: sitting.minuteTakerName,
    papersSentDate: sitting.papersSentDate,
    cancelledReason: sitting.cancelledReason,
    attendance: attendance.map(({ attendance: a, member }) => ({
      memberId: member.id,
      version: a.version,
      name: member.name,
      listRole: member.listRole,
      independent: member.independent,
      socialWorkerPqe3: member.socialWorkerPqe3,
      status: a.status,
      arrivedBeforeItemId: a.arrivedBeforeItemId,
      leftAfterItemId: a.leftAfterItemId,
    })),
    people: peopleRows(db, id).map((p) => ({
      id: p.id,
      itemId: p.itemId,
      kind: p.kind,
      name: p.name,
      description: p.description,
    })),
    items: itemViews,
    papers: papersRows(db, id).map((p) => ({ sentDate: p.sentDate, recipient: p.recipient, method: p.method })),
  };
}

/** The administrator's early warnings for one item (issue: open items elsewhere, late reviews, the 8-month clock). */
function itemWarnings(
  clocks: Clocks,
  sitting: SittingRecord,
  household: ItemHousehold | null,
  openElsewhere: readonly { date: string }[],
  type: ItemType,
): string[] {
  // The household and its open items come from reads for the whole agenda: per item, they made a sitting N+1 reads.
  if (!household?.id) return [];
  const warnings = openElsewhere.map(
    (other) => `${household.displayName} also has an open item on the sitting of ${formatDate(other.date)}.`,
  );
  if (type === 'first_review' && household.approvalDate) {
    const due = clocks.firstReviewDue(household.approvalDate);
    if (sitting.date > due) {
      warnings.push(
        `The first review must be heard by ${formatDate(due)} (12 months from approval); this sitting is later.`,
      );
    }
  }
  if (APPROVAL_TYPES.has(type) && household.applicationReceivedDate) {
    const due = clocks.applicationRecommendationDue(household.applicationReceivedDate);
    if (sitting.date > due) {
      warnings.push(
        `The application was received on ${formatDate(household.applicationReceivedDate)}; a recommendation is due by ${formatDate(due)}, before this sitting.`,
      );
    }
  }
  return warnings;
}
