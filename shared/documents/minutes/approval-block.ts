import { HeadingLevel, type FileChild } from 'docx';
import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { formatDate } from '../../domain/dates';
import { approverCapacityWords, type AdmReferral, type ApproverCapacity } from '../../schemas/minutes';
import { heading, line } from '../docx-parts';

/** What the presider approved: the saved version, its SHA-256 and who approved it when. */
export interface MinutesApprovalStamp {
  byName: string;
  /** The capacity they approved in; null or absent for approvals recorded before it was. */
  capacity?: ApproverCapacity | null;
  /** ISO timestamp of the approval. */
  at: string;
  versionNumber: number;
  hash: string;
}

/** Items of the approved minutes that went to an ADM, and when (only those with a date are shown). */
export type SentToAdm = readonly Pick<AdmReferral, 'label' | 'admName' | 'sentDate'>[];

/** The approval in words: printed by the block below and by the final minutes' template. */
export function approvalWords(approval: MinutesApprovalStamp, sentToAdm: SentToAdm = []) {
  const approvedOn = format(parseISO(approval.at), 'd MMMM yyyy', { locale: enGB });
  return {
    approvedBy: `Approved by ${approval.byName}, ${approverCapacityWords(approval.capacity)}, on ${approvedOn}.`,
    version: `Minutes version ${approval.versionNumber}.`,
    reference: `Approved content reference: ${approval.hash.slice(0, 12)}`,
    sent: sentToAdm.flatMap((referral) =>
      referral.sentDate
        ? [
            `${referral.label}: sent to ${referral.admName ?? 'the agency decision maker'} on ${formatDate(referral.sentDate)}`,
          ]
        : [],
    ),
  };
}

/** The approval block that closes the final minutes and every extract. */
export function approvalBlock(approval: MinutesApprovalStamp, sentToAdm: SentToAdm = []): FileChild[] {
  const words = approvalWords(approval, sentToAdm);
  return [
    heading('Approval', HeadingLevel.HEADING_1),
    line(words.approvedBy),
    line(words.version),
    line(words.reference),
    ...(words.sent.length > 0
      ? [heading('Sent to the agency decision maker', HeadingLevel.HEADING_2), ...words.sent.map((s) => line(s))]
      : []),
  ];
}
