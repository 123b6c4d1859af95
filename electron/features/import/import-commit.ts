import { setMemberIdentity } from '../../../db/repositories/import-repository';
import {
  addStatusHistory,
  getHousehold,
  insertHousehold,
  setHouseholdStatus,
  updateHouseholdDetails,
} from '../../../db/repositories/households-repository';
import { getMember } from '../../../db/repositories/members-repository';
import { formatDate } from '../../../shared/domain/dates';
import { DomainError, staleVersion } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';
import { refuseUnlawfulTerms } from '../households/terms-check';
import { createMember, editMember } from '../members/member-service';
import type { HouseholdRow } from './household-rows';
import type { PlannedRow } from './import-plan';

const BROUGHT_IN = 'Brought in from a spreadsheet when the service started using Fostering Panel';

/**
 * Writes every planned row inside the one transaction the router opened: a
 * row refused anywhere refuses the whole file, so nothing is half imported.
 * Returns, for the audit row, what each household came in as.
 */
export function writePlan(ctx: HandlerContext, rows: readonly PlannedRow[]): Record<string, [unknown, unknown]> {
  const refused = rows.filter((row) => row.action === 'refused');
  if (refused.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Nothing was imported: ${refused.length === 1 ? '1 row has' : `${refused.length} rows have`} problems. Correct or remove ${refused.length === 1 ? 'it' : 'them'} in the spreadsheet and check the file again.`,
    );
  }
  const changes: Record<string, [unknown, unknown]> = {};
  for (const row of rows) {
    if (row.action === 'skip' || !row.data) continue;
    if (row.kind === 'members') {
      const { member, dateOfBirth, dbsNumber } = row.data;
      const current = row.heldId ? getMember(ctx.db, row.heldId) : null;
      const saved = current
        ? editMember(ctx, { ...member, id: current.id, version: current.version })
        : createMember(ctx, member);
      setMemberIdentity(ctx.db, saved.id, { dateOfBirth, dbsNumber });
      changes[`member ${saved.name}`] = [current ? 'held' : null, current ? 'updated' : 'added to the central list'];
    } else {
      const reference = row.data.household.reference;
      changes[`household ${reference}`] = row.heldId
        ? ['held', updateHousehold(ctx, row.heldId, row.data)]
        : [null, createHousehold(ctx, row.data)];
    }
  }
  return changes;
}

function updateHousehold(ctx: HandlerContext, id: string, data: HouseholdRow): string {
  const current = getHousehold(ctx.db, id);
  if (!current) throw staleVersion('This household');
  const { children: _children, ...details } = data.household;
  if (!updateHouseholdDetails(ctx.db, id, current.version, details, ctx.clock.now().toISOString()))
    throw staleVersion('This household');
  return 'details updated';
}

/** A new household; an approved one with its approval date, terms and both steps of its status history. */
function createHousehold(ctx: HandlerContext, data: HouseholdRow): string {
  const id = ctx.ids.next();
  const at = ctx.clock.now().toISOString();
  const { children: _children, ...details } = data.household;
  insertHousehold(ctx.db, id, details, at);
  const applied = details.applicationReceivedDate ?? data.approvalDate ?? ctx.clock.today();
  const history = (status: 'applicant' | 'approved', effectiveDate: string) =>
    addStatusHistory(
      ctx.db,
      {
        id: ctx.ids.next(),
        householdId: id,
        status,
        effectiveDate,
        reason: BROUGHT_IN,
        recordedBy: ctx.actor.displayName,
      },
      at,
    );
  history('applicant', applied);
  if (data.status !== 'approved' || !data.approvalDate || !data.terms) return 'applicant';
  refuseUnlawfulTerms(ctx.db, id, data.terms);
  if (
    !setHouseholdStatus(ctx.db, id, 1, { status: 'approved', approvalDate: data.approvalDate, terms: data.terms }, at)
  )
    throw staleVersion('This household');
  history('approved', data.approvalDate);
  return `approved on ${formatDate(data.approvalDate)}`;
}
