import { Document, HeadingLevel, Paragraph } from 'docx';
import { addMonthsIso, formatDate, formatOptionalDate } from '../domain/dates';
import type { ComplianceWarning } from '../domain/members/compliance';
import type { Member } from '../schemas/member';
import { heading, line, run, table } from './docx-parts';
import { safeText } from './safe-text';

const ROLE_WORDS: Record<Member['listRole'], string> = { chair: 'Chair', vice_chair: 'Vice chair', member: 'Member' };

export interface CentralListInput {
  agencyName: string;
  today: string;
  /** Members still on the list (active or on notice). */
  members: readonly Member[];
  warnings: readonly ComplianceWarning[];
}

/** Training hours in the twelve months up to today. */
function trainingHours(member: Member, today: string): number {
  const since = addMonthsIso(today, -12);
  return member.training.filter((t) => t.date > since && t.date <= today).reduce((sum, t) => sum + t.hours, 0);
}

/**
 * The central list (FSR reg 23) with each member's compliance: DBS renewal,
 * appraisal, training in the last year and independence, and every warning
 * the list screen shows, as at the day it was made.
 */
export function buildCentralListDocument(input: CentralListInput): Document {
  const listWarnings = input.warnings.filter((w) => w.memberId === null);
  const rows = input.members.map((member) => {
    const own = input.warnings.filter((w) => w.memberId === member.id).map((w) => w.message);
    return [
      member.name,
      `${ROLE_WORDS[member.listRole]}${member.status === 'on_notice' ? ' (on notice)' : ''}`,
      member.independent ? 'Yes' : 'No',
      formatOptionalDate(member.dbsRenewalDue, 'Not recorded'),
      formatOptionalDate(member.nextAppraisalDue, 'Not recorded'),
      `${trainingHours(member, input.today)} hours`,
      own.length > 0 ? own.join(' ') : 'Up to date',
    ];
  });
  return new Document({
    creator: safeText(input.agencyName),
    title: 'Central list and compliance',
    sections: [
      {
        children: [
          new Paragraph({ children: [run(input.agencyName)] }),
          heading('Central list and members’ compliance', HeadingLevel.HEADING_1),
          line(formatDate(input.today), 'As at'),
          line(String(input.members.length), 'Members on the list'),
          ...(listWarnings.length > 0
            ? [heading('The list as a whole', HeadingLevel.HEADING_2), ...listWarnings.map((w) => line(w.message))]
            : [line('The list meets the regulations (FSR reg 23).', 'The list as a whole')]),
          table(
            [
              'Member',
              'Role',
              'Independent',
              'DBS renewal due',
              'Next appraisal',
              'Training (12 months)',
              'Compliance',
            ],
            rows,
            [0.16, 0.12, 0.1, 0.14, 0.14, 0.12, 0.22],
          ),
        ],
      },
    ],
  });
}
