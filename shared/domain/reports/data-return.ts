import type { DataReturn, DataReturnField, DataReturnHousehold } from '../../schemas/data-return';
import type { ApplicationEndReason } from '../../schemas/data-return';
import type { TermsOfApproval } from '../../schemas/household';
import { daysBetween } from '../dates';
import { DATA_RETURN_FIELDS } from './data-return-fields';
import { financialYearName } from './period';

/**
 * The annual fostering data return as a pure function of the facts the
 * records hold (db/repositories/reports/data-return-facts.ts reads them):
 * every field of domain.md in its order, each with the households it counts,
 * each household counted once per field.
 */

export interface ReturnHousehold {
  id: string;
  reference: string;
  displayName: string;
  householdType: string;
  applicationReceivedDate: string | null;
  approvalDate: string | null;
  temporaryApprovalDate: string | null;
  /** The terms held now: those in force where no dated decision set them (households brought in with their terms). */
  terms: TermsOfApproval | null;
}

export interface DataReturnFacts {
  households: readonly ReturnHousehold[];
  /** Applications that ended before approval other than by refusal, with why (or `not_recorded`). */
  applicationEnds: readonly { householdId: string; reason: ApplicationEndReason; endedOn: string }[];
  /** The ADM's final decisions not to approve. */
  refusals: readonly { householdId: string; decidedOn: string }[];
  /** Approvals ended by resignation: the day approval ended, and the reason code (null: not recorded). */
  resignations: readonly { householdId: string; endsOn: string; reason: string | null }[];
  /** Approvals terminated: the day approval ended, and the deregistration reason code (null: not recorded). */
  terminations: readonly { householdId: string; endsOn: string; reason: string | null }[];
  /** Terms set by a dated decision (approval, revised or new terms), in date order. */
  termsDecisions: readonly { householdId: string; effectiveOn: string; terms: TermsOfApproval }[];
}

interface Counted {
  household: ReturnHousehold;
  date: string | null;
  days?: number;
  places?: number;
}

const isConnected = (h: ReturnHousehold) => h.householdType === 'connected_person';

/** The year starting 1 April of `year`. */
export const dataReturnPeriod = (year: number) => ({ from: `${year}-04-01`, to: `${year + 1}-03-31` });

/** The year of the return containing a day. */
export function dataReturnYearOf(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 4 ? year : year - 1;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function buildDataReturn(facts: DataReturnFacts, year: number, builtOn: string): DataReturn {
  const { from, to } = dataReturnPeriod(year);
  const inYear = (date: string | null): date is string => date !== null && date >= from && date <= to;
  const byId = new Map(facts.households.map((h) => [h.id, h]));

  const termsByHousehold = new Map<string, { effectiveOn: string; terms: TermsOfApproval }[]>();
  for (const decision of facts.termsDecisions) {
    const list = termsByHousehold.get(decision.householdId) ?? [];
    list.push(decision);
    termsByHousehold.set(decision.householdId, list);
  }
  /** The terms in force on a day: the latest decision's on or before it, else the terms held (brought in with them). */
  const termsOn = (h: ReturnHousehold, day: string): TermsOfApproval | null => {
    const decided = (termsByHousehold.get(h.id) ?? []).filter((d) => d.effectiveOn <= day);
    return decided.at(-1)?.terms ?? h.terms;
  };

  // Each household once per field: the first matching event (in date order) is the one shown.
  const fields = new Map<string, Map<string, Counted>>(DATA_RETURN_FIELDS.map((f) => [f.field, new Map()]));
  const count = (field: string, householdId: string, counted: Omit<Counted, 'household'>) => {
    const household = byId.get(householdId);
    const list = fields.get(field);
    if (!household || !list || list.has(householdId)) return;
    list.set(householdId, { household, ...counted });
  };

  for (const h of facts.households) {
    if (inYear(h.applicationReceivedDate)) count('applications_received', h.id, { date: h.applicationReceivedDate });
    if (isConnected(h) && inYear(h.temporaryApprovalDate))
      count('temporary_approvals_reg24', h.id, { date: h.temporaryApprovalDate });
    if (inYear(h.approvalDate)) {
      const places = termsOn(h, h.approvalDate)?.numberOfChildren ?? 0;
      count(isConnected(h) ? 'approved_connected' : 'approved_mainstream', h.id, { date: h.approvalDate });
      count('places_created', h.id, { date: h.approvalDate, places });
      if (h.applicationReceivedDate && h.applicationReceivedDate <= h.approvalDate) {
        const days = daysBetween(h.applicationReceivedDate, h.approvalDate);
        count('days_application_to_approval_median', h.id, { date: h.approvalDate, days });
      }
    }
  }
  const endField: Record<ApplicationEndReason, string> = {
    withdrawn: 'applications_ended_withdrawn',
    ended_by_service: 'applications_ended_by_service',
    not_recorded: 'applications_ended_reason_not_recorded',
  };
  for (const end of facts.applicationEnds) {
    if (inYear(end.endedOn)) count(endField[end.reason], end.householdId, { date: end.endedOn });
  }
  for (const refusal of facts.refusals) {
    if (inYear(refusal.decidedOn)) count('applications_refused', refusal.householdId, { date: refusal.decidedOn });
  }
  const endingField = (prefix: string, reason: string | null) => {
    const named = reason ? `${prefix}_${reason}` : null;
    return named && fields.has(named) ? named : `${prefix}_reason_not_recorded`;
  };
  for (const r of facts.resignations) {
    if (inYear(r.endsOn)) count(endingField('resignations', r.reason), r.householdId, { date: r.endsOn });
  }
  for (const t of facts.terminations) {
    if (inYear(t.endsOn)) count(endingField('terminations', t.reason), t.householdId, { date: t.endsOn });
  }

  // Approved on 31 March: approved on or before it, and no approval ending on or before it since.
  const endings = new Map<string, string[]>();
  for (const e of [...facts.resignations, ...facts.terminations]) {
    endings.set(e.householdId, [...(endings.get(e.householdId) ?? []), e.endsOn]);
  }
  for (const h of facts.households) {
    if (!h.approvalDate || h.approvalDate > to) continue;
    const approvedFrom = h.approvalDate;
    if ((endings.get(h.id) ?? []).some((ends) => ends >= approvedFrom && ends <= to)) continue;
    const places = termsOn(h, to)?.numberOfChildren ?? 0;
    const field = isConnected(h)
      ? 'households_approved_at_year_end_connected'
      : 'households_approved_at_year_end_mainstream';
    count(field, h.id, { date: to });
    count('places_at_year_end', h.id, { date: to, places });
  }

  const result: DataReturnField[] = DATA_RETURN_FIELDS.map((info) => {
    const counted = [...(fields.get(info.field)?.values() ?? [])].sort(
      (a, b) =>
        (a.date ?? '').localeCompare(b.date ?? '') || a.household.reference.localeCompare(b.household.reference),
    );
    const households: DataReturnHousehold[] = counted.map((c) => ({
      householdId: c.household.id,
      reference: c.household.reference,
      displayName: c.household.displayName,
      householdType: c.household.householdType,
      date: c.date,
      days: c.days ?? null,
      places: c.places ?? null,
    }));
    const value =
      info.field === 'days_application_to_approval_median'
        ? median(counted.map((c) => c.days ?? 0))
        : info.field.startsWith('places_')
          ? counted.reduce((n, c) => n + (c.places ?? 0), 0)
          : counted.length;
    return { ...info, value, households };
  });
  return { year, yearName: financialYearName({ from, to }) ?? `${from} to ${to}`, from, to, builtOn, fields: result };
}
