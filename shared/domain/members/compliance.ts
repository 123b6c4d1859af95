import { addDaysIso, formatDate } from '../dates';
import type { ListRole, MemberStatus } from '../../schemas/member';

/** The facts about a member the central-list rules need, and nothing more. */
export interface MemberFacts {
  id: string;
  name: string;
  status: MemberStatus;
  listRole: ListRole;
  independent: boolean;
  socialWorkerPqe3: boolean;
  dbsRenewalDue: string | null;
  nextAppraisalDue: string | null;
  termEndDate: string | null;
  leavingDate: string | null;
}

export type ComplianceCode =
  | 'NO_INDEPENDENT_CHAIR'
  | 'NO_QUALIFIED_SOCIAL_WORKER'
  | 'NO_VICE_CHAIR'
  | 'TOO_MANY_VICE_CHAIRS'
  | 'DBS_OVERDUE'
  | 'DBS_DUE_SOON'
  | 'APPRAISAL_OVERDUE'
  | 'APPRAISAL_DUE_SOON'
  | 'TERM_ENDED'
  | 'TERM_ENDS_SOON'
  | 'LEAVING_DATE_PASSED';

export interface ComplianceWarning {
  code: ComplianceCode;
  /** 'problem' stops the list meeting the regulations or a member sitting; 'due' is a heads-up. */
  severity: 'problem' | 'due';
  message: string;
  memberId: string | null;
  dueDate: string | null;
}

/** How far ahead a renewal counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** A member who is still on the list: active, or serving out their notice. */
export function isServing(member: Pick<MemberFacts, 'status'>): boolean {
  return member.status !== 'left';
}

/**
 * The central list's warnings (FSR reg 23 and local practice), most serious first.
 * Pure: the same members and the same day always give the same warnings.
 */
export function centralListWarnings(members: readonly MemberFacts[], today: string): ComplianceWarning[] {
  const serving = members.filter(isServing);
  return [...listWarnings(serving), ...serving.flatMap((member) => memberWarnings(member, today))];
}

function listWarnings(serving: readonly MemberFacts[]): ComplianceWarning[] {
  const warnings: ComplianceWarning[] = [];
  const list = (code: ComplianceCode, message: string): void => {
    warnings.push({ code, severity: 'problem', message, memberId: null, dueDate: null });
  };
  if (!serving.some((m) => m.listRole === 'chair' && m.independent)) {
    list('NO_INDEPENDENT_CHAIR', 'The central list has no independent chair.');
  }
  if (!serving.some((m) => m.socialWorkerPqe3)) {
    list(
      'NO_QUALIFIED_SOCIAL_WORKER',
      "The central list has no social worker with at least 3 years' post-qualifying experience.",
    );
  }
  const viceChairs = serving.filter((m) => m.listRole === 'vice_chair').length;
  if (viceChairs === 0) list('NO_VICE_CHAIR', 'The central list has no vice chair.');
  if (viceChairs > 2) {
    list('TOO_MANY_VICE_CHAIRS', `The central list has ${viceChairs} vice chairs; there should be one or two.`);
  }
  return warnings;
}

interface DatedCheck {
  date: string | null;
  overdue: ComplianceCode;
  soon: ComplianceCode;
  overdueText: (name: string, date: string) => string;
  soonText: (name: string, date: string) => string;
}

/** One member's renewals due within `dueSoonDays` (or overdue), and a notice that has run out. */
export function memberWarnings(
  member: MemberFacts,
  today: string,
  dueSoonDays: number = DUE_SOON_DAYS,
): ComplianceWarning[] {
  const checks: DatedCheck[] = [
    {
      date: member.dbsRenewalDue,
      overdue: 'DBS_OVERDUE',
      soon: 'DBS_DUE_SOON',
      overdueText: (name, date) => `${name}'s DBS check was due for renewal on ${date}.`,
      soonText: (name, date) => `${name}'s DBS check is due for renewal on ${date}.`,
    },
    {
      date: member.nextAppraisalDue,
      overdue: 'APPRAISAL_OVERDUE',
      soon: 'APPRAISAL_DUE_SOON',
      overdueText: (name, date) => `${name}'s appraisal was due on ${date}.`,
      soonText: (name, date) => `${name}'s appraisal is due on ${date}.`,
    },
    {
      date: member.termEndDate,
      overdue: 'TERM_ENDED',
      soon: 'TERM_ENDS_SOON',
      overdueText: (name, date) => `${name}'s term of appointment ended on ${date}.`,
      soonText: (name, date) => `${name}'s term of appointment ends on ${date}.`,
    },
  ];
  const warnings: ComplianceWarning[] = [];
  // ISO dates compare as strings: one day worked out per member, not two parsed per check (the list is read often).
  const lastDueSoon = addDaysIso(today, dueSoonDays);
  for (const check of checks) {
    if (!check.date || check.date > lastDueSoon) continue;
    const overdue = check.date < today;
    warnings.push({
      code: overdue ? check.overdue : check.soon,
      severity: overdue ? 'problem' : 'due',
      message: (overdue ? check.overdueText : check.soonText)(member.name, formatDate(check.date)),
      memberId: member.id,
      dueDate: check.date,
    });
  }
  if (member.status === 'on_notice' && member.leavingDate && member.leavingDate < today) {
    warnings.push({
      code: 'LEAVING_DATE_PASSED',
      severity: 'problem',
      message: `${member.name}'s notice ended on ${formatDate(member.leavingDate)}; record that they have left.`,
      memberId: member.id,
      dueDate: member.leavingDate,
    });
  }
  return warnings;
}
