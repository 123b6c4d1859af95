import { addYears } from 'date-fns';
import type { NewMember, MemberUpdate } from '../../../shared/schemas/member';
import { leavingDateFromNotice } from '../../../shared/domain/members/notice';
import { formatDate, parseIsoDate, toIsoDate } from '../../../shared/domain/dates';
import { readSettings } from '../../../db/repositories/settings-repository';
import {
  deleteTraining,
  findDuplicateMember,
  getMember,
  insertMember,
  insertTraining,
  touchMember,
  updateMember,
  type MemberWrite,
} from '../../../db/repositories/members-repository';
import type { Member } from '../../../shared/schemas/member';
import { DomainError, notFound, staleView } from '../../backend/domain-error';
import type { HandlerContext, ReadContext } from '../../backend/router';

const THE_MEMBER = 'This member';

export function requireMember(ctx: ReadContext, id: string): Member {
  const member = getMember(ctx.db, id);
  if (!member) throw notFound(THE_MEMBER);
  return member;
}

function refuseDuplicate(ctx: HandlerContext, name: string, email: string | null, exceptId?: string): void {
  if (findDuplicateMember(ctx.db, name, email, exceptId)) {
    const message = 'A member with this name and email address is already on the central list.';
    throw new DomainError('CONFLICT', message, { name: message, email: message });
  }
}

/** A DBS check with no renewal date entered is due again after the service's renewal period. */
function dbsRenewalDue(ctx: HandlerContext, input: NewMember): string | null {
  if (input.dbsRenewalDue || !input.dbsCheckDate) return input.dbsRenewalDue;
  return toIsoDate(addYears(parseIsoDate(input.dbsCheckDate), readSettings(ctx.db).dbsRenewalYears));
}

function fieldsFrom(ctx: HandlerContext, input: NewMember): Omit<MemberWrite, 'id' | 'status'> {
  return {
    name: input.name,
    email: input.email,
    phone: input.phone,
    address: input.address,
    listRole: input.listRole,
    independent: input.independent,
    background: input.background,
    backgroundDetail: input.backgroundDetail,
    socialWorkerPqe3: input.socialWorkerPqe3,
    appointmentDate: input.appointmentDate,
    termEndDate: input.termEndDate,
    dbsCheckDate: input.dbsCheckDate,
    dbsRenewalDue: dbsRenewalDue(ctx, input),
    inductionDate: input.inductionDate,
    lastAppraisalDate: input.lastAppraisalDate,
    nextAppraisalDue: input.nextAppraisalDue,
    feePence: input.fee,
    notes: input.notes,
  };
}

export function createMember(ctx: HandlerContext, input: NewMember): Member {
  refuseDuplicate(ctx, input.name, input.email);
  const id = ctx.ids.next();
  insertMember(ctx.db, { id, status: 'active', ...fieldsFrom(ctx, input) }, ctx.clock.now().toISOString());
  return requireMember(ctx, id);
}

export function editMember(ctx: HandlerContext, input: MemberUpdate): Member {
  const current = requireMember(ctx, input.id);
  refuseDuplicate(ctx, input.name, input.email, input.id);
  refuseDatesBeforeAppointment(current, input.appointmentDate);
  saveChanges(ctx, current, fieldsFrom(ctx, input), input.version);
  return requireMember(ctx, input.id);
}

/** FSR reg 23: written notice, leaving one month later. */
export function recordNotice(ctx: HandlerContext, input: { id: string; version: number; noticeDate: string }): Member {
  const member = requireMember(ctx, input.id);
  if (member.status !== 'active') {
    throw new DomainError(
      'RULE_VIOLATION',
      member.status === 'left'
        ? `${member.name} has already left the central list.`
        : `${member.name} is already on notice, leaving on ${formatDate(member.leavingDate ?? input.noticeDate)}.`,
    );
  }
  if (input.noticeDate < member.appointmentDate) {
    throw fieldRule(
      'noticeDate',
      `The notice date cannot be before ${member.name} was appointed (${formatDate(member.appointmentDate)}).`,
    );
  }
  if (input.noticeDate > ctx.clock.today()) {
    throw fieldRule('noticeDate', 'The notice date cannot be in the future. Record notice on the day it is received.');
  }
  const leavingDate = leavingDateFromNotice(input.noticeDate);
  saveChanges(ctx, member, { status: 'on_notice', noticeReceivedDate: input.noticeDate, leavingDate }, input.version);
  return requireMember(ctx, input.id);
}

export function recordLeaving(
  ctx: HandlerContext,
  input: { id: string; version: number; leftDate: string; reason: string | null },
): Member {
  const member = requireMember(ctx, input.id);
  if (member.status === 'left')
    throw new DomainError('RULE_VIOLATION', `${member.name} has already left the central list.`);
  if (input.leftDate < member.appointmentDate) {
    throw fieldRule(
      'leftDate',
      `The leaving date cannot be before ${member.name} was appointed (${formatDate(member.appointmentDate)}).`,
    );
  }
  if (member.noticeReceivedDate && input.leftDate < member.noticeReceivedDate) {
    throw fieldRule(
      'leftDate',
      `The leaving date cannot be before notice was received (${formatDate(member.noticeReceivedDate)}).`,
    );
  }
  saveChanges(ctx, member, { status: 'left', leftDate: input.leftDate, leavingReason: input.reason }, input.version);
  return requireMember(ctx, input.id);
}

export function addTraining(
  ctx: HandlerContext,
  input: { memberId: string; date: string; title: string; hours: number },
): Member {
  const member = requireMember(ctx, input.memberId);
  if (input.date > ctx.clock.today()) {
    throw fieldRule('date', 'Training can only be recorded once it has taken place; the date cannot be in the future.');
  }
  const at = ctx.clock.now().toISOString();
  const minutes = Math.round(input.hours * 60);
  insertTraining(
    ctx.db,
    { id: ctx.ids.next(), memberId: member.id, date: input.date, title: input.title, minutes },
    at,
  );
  touchMember(ctx.db, member.id, at);
  return requireMember(ctx, member.id);
}

export function removeTraining(ctx: HandlerContext, input: { memberId: string; trainingId: string }): Member {
  requireMember(ctx, input.memberId);
  if (!deleteTraining(ctx.db, input.memberId, input.trainingId)) throw notFound('This training entry');
  touchMember(ctx.db, input.memberId, ctx.clock.now().toISOString());
  return requireMember(ctx, input.memberId);
}

function refuseDatesBeforeAppointment(member: Member, appointmentDate: string): void {
  const recorded = [member.noticeReceivedDate, member.leftDate].filter((d): d is string => d !== null);
  if (recorded.some((date) => date < appointmentDate)) {
    throw fieldRule(
      'appointmentDate',
      'The appointment date cannot be after the notice or leaving date already recorded.',
    );
  }
}

function saveChanges(ctx: HandlerContext, member: Member, changes: Partial<MemberWrite>, version: number): void {
  if (!updateMember(ctx.db, member.id, version, changes, ctx.clock.now().toISOString()))
    throw staleView(THE_MEMBER, () => requireMember(ctx, member.id), { entity: 'member', id: member.id });
}

function fieldRule(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { [field]: message });
}
