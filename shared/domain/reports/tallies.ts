import type { AnnualReport, DaysStats } from '../../schemas/report';
import {
  CARE_TYPE_LABELS,
  CareType,
  HOUSEHOLD_TYPE_LABELS,
  HouseholdType,
  type TermsOfApproval,
} from '../../schemas/household';

/**
 * Pure counting for the panel report: the database hands over one row per
 * record (one set-based query each) and these turn the rows into figures.
 */

/** One decimal place, as a report prints an average. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Free-text reasons grouped: spacing and case ignored, the first spelling kept; most common first. */
export function tally(reasons: readonly (string | null)[], blank: string): { reason: string; count: number }[] {
  const groups = new Map<string, { reason: string; count: number }>();
  for (const raw of reasons) {
    const reason = (raw ?? '').replace(/\s+/g, ' ').trim() || blank;
    const key = reason.toLowerCase();
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { reason, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** Counts per household type, every type listed (a report shows its zeros). */
export function byHouseholdType(types: readonly string[]): { label: string; count: number }[] {
  return HouseholdType.options.map((type) => ({
    label: HOUSEHOLD_TYPE_LABELS[type],
    count: types.filter((t) => t === type).length,
  }));
}

export interface EndingRow {
  householdType: string;
  reason: string | null;
}

/** Resignations or terminations: how many, of which households, and why (as recorded). */
export function endings(rows: readonly EndingRow[]): AnnualReport['resignations'] {
  return {
    total: rows.length,
    byHouseholdType: byHouseholdType(rows.map((r) => r.householdType)),
    byReason: tally(
      rows.map((r) => r.reason),
      'No reason recorded',
    ),
  };
}

export interface ApprovalRow {
  householdType: string;
  terms: TermsOfApproval | null;
}

/**
 * Approvals by household type and by type of care, with the places they
 * create (the number of children approved for). A household approved for
 * several types of care counts once under each type, and its places under each.
 * Types of care are counted for mainstream (with specialist-scheme) carers and
 * connected persons apart: the seed reports print them as separate tables.
 */
export function approvalsBreakdown(rows: readonly ApprovalRow[]): AnnualReport['approvals'] {
  const places = (list: readonly ApprovalRow[]) => list.reduce((sum, r) => sum + (r.terms?.numberOfChildren ?? 0), 0);
  return {
    total: rows.length,
    places: places(rows),
    byHouseholdType: HouseholdType.options.map((householdType) => {
      const matching = rows.filter((r) => r.householdType === householdType);
      return {
        householdType,
        label: HOUSEHOLD_TYPE_LABELS[householdType],
        approvals: matching.length,
        places: places(matching),
      };
    }),
    mainstreamByCareType: byCareType(
      rows.filter((r) => r.householdType !== 'connected_person'),
      CareType.options.filter((careType) => careType !== 'child_specific'),
    ),
    connectedByCareType: byCareType(
      rows.filter((r) => r.householdType === 'connected_person'),
      ['child_specific', ...CareType.options.filter((careType) => careType !== 'child_specific')],
    ),
  };
}

/** Approvals and places under each type of care (a household with several types counts under each). */
function byCareType(rows: readonly ApprovalRow[], careTypes: readonly CareType[]) {
  return careTypes.map((careType) => {
    const matching = rows.filter((r) => r.terms?.typesOfCare.includes(careType));
    const places = matching.reduce((sum, r) => sum + (r.terms?.numberOfChildren ?? 0), 0);
    return { careType, label: CARE_TYPE_LABELS[careType], approvals: matching.length, places };
  });
}

/**
 * The day number of a `YYYY-MM-DD` date (UTC, so no clock change moves it).
 * Reports count days for thousands of rows; this is the cheap exact way.
 */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** A clock rule worked out once per distinct date: many items share a sitting's or a sending's date. */
function remembered(rule: (iso: string) => string): (iso: string) => string {
  const known = new Map<string, string>();
  return (iso) => {
    let due = known.get(iso);
    if (due === undefined) {
      due = rule(iso);
      known.set(iso, due);
    }
    return due;
  };
}

/** How many, the average and the longest number of calendar days between pairs of dates. */
export function daysStats(pairs: readonly { from: string; to: string }[]): DaysStats {
  const days = pairs.map((p) => Math.max(0, dayNumber(p.to) - dayNumber(p.from)));
  if (days.length === 0) return { count: 0, averageDays: null, longestDays: null };
  return {
    count: days.length,
    averageDays: oneDecimal(days.reduce((sum, d) => sum + d, 0) / days.length),
    longestDays: Math.max(...days),
  };
}

/** Papers to members by the due day (5th working day before the sitting by default). */
export function papersTimeliness(
  sittings: readonly { date: string; papersSentDate: string | null }[],
  papersDue: (sittingDate: string) => string,
): AnnualReport['timeliness']['papers'] {
  const result = { onTime: 0, late: 0, notRecorded: 0 };
  const due = remembered(papersDue);
  for (const sitting of sittings) {
    if (!sitting.papersSentDate) result.notRecorded += 1;
    else if (sitting.papersSentDate <= due(sitting.date)) result.onTime += 1;
    else result.late += 1;
  }
  return result;
}

/** ADM decisions against the clock that starts when the final minutes reach the ADM. */
export function admTimeliness(
  cases: readonly { sentToAdmDate: string; decidedOn: string | null }[],
  decisionDue: (received: string) => string,
  today: string,
): AnnualReport['timeliness']['admDecisions'] {
  const result = { onTime: 0, late: 0, waiting: 0, waitingOverdue: 0 };
  const dueFor = remembered(decisionDue);
  for (const c of cases) {
    const due = dueFor(c.sentToAdmDate);
    if (!c.decidedOn) {
      result.waiting += 1;
      if (today > due) result.waitingOverdue += 1;
    } else if (c.decidedOn <= due) result.onTime += 1;
    else result.late += 1;
  }
  return result;
}

/** Per cent, rounded, of `part` in `whole`; null when there is nothing to measure. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}
