import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { formatDate } from '../domain/dates';
import type { SubjectAccessData } from '../schemas/records';
import { heading, line, names, table } from './docx-parts';

type Block = Paragraph | Table;

/** A section with a table, or a line saying there is nothing. */
export function section(
  title: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  none: string,
): Block[] {
  return [heading(title, HeadingLevel.HEADING_1), rows.length > 0 ? table(headers, rows) : line(none)];
}

/** Written notices of resignation, whether or not the panel noted them. */
export function resignationSection(data: SubjectAccessData): Block[] {
  return section(
    'Resignations',
    ['Notice received', 'Approval ends', 'Reason', 'Noted by the panel', 'Recorded by'],
    data.resignations.map((r) => [
      formatDate(r.noticeReceivedOn),
      formatDate(r.approvalEnds),
      r.reason ?? 'Not given',
      r.itemId ? 'Yes' : 'No',
      r.recordedByName,
    ]),
    'No resignation recorded.',
  );
}

/** Reviews after the first that were done without panel (FSR reg 28). */
export function reviewsWithoutPanelSection(data: SubjectAccessData): Block[] {
  return section(
    'Reviews done without panel',
    ['Review date', 'Kind', 'Outcome', 'Reviewed by', 'Recorded by'],
    data.reviewsWithoutPanel.map((r) => [
      formatDate(r.reviewDate),
      r.kindLabel,
      r.outcomeSummary,
      r.reviewedBy,
      r.recordedByName,
    ]),
    'No review done without panel.',
  );
}

/** Exemptions from the usual fostering limit, as recommended and as granted. */
export function exemptionSection(data: SubjectAccessData): Block[] {
  const covered = (children: readonly string[]) => (children.length > 0 ? names([...children]) : '—');
  return section(
    'Exemptions from the usual fostering limit',
    ['Children recommended', 'Conditions recommended', 'Children granted', 'Conditions granted'],
    data.exemptions.map((e) => [
      covered(e.recommendedChildren),
      e.recommendedConditions ?? '—',
      e.grantedChildren ? covered(e.grantedChildren) : 'Not granted',
      e.grantedChildren ? (e.grantedConditions ?? 'None') : '—',
    ]),
    'No exemption recorded.',
  );
}
