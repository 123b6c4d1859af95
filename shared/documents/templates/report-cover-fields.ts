import { z } from 'zod';
import { periodWords, reportTitle } from '../../domain/reports/period';
import type { AnnualReport } from '../../schemas/report';
import { figuresWords } from '../annual-report-document';
import { safeText } from '../safe-text';
import { flag, text } from './fields';
import { DOCUMENT_FRAME_FIELDS, documentFrameData, type FrameContext } from './letter-frame-fields';

/**
 * The panel report's cover: the frame (marking, reference, version,
 * letterhead, logo), then the report's title, its period, when its figures
 * were taken and who chairs the panel. The body after the cover (the chair's
 * commentary, the tables and the charts) is built in code and follows the
 * cover in the same document, under the template's header and footer.
 */
export const ReportCoverData = z.object({
  ...DOCUMENT_FRAME_FIELDS,
  report_title: text(
    'The report’s title, naming the financial year when the period is one',
    'Fostering panel report 2026/27',
  ),
  period: text('The period the report covers', '1 April 2026 to 31 March 2027'),
  figures_taken: text(
    'When the figures were taken from the records',
    'Figures taken from the panel’s records on 3 April 2027.',
  ),
  has_chair: flag('Yes when the central list names a chair', 'Yes'),
  chair_name: text('Who chairs the panel, from the central list (more than one joined with “and”)', 'Jo Bloggs'),
});
export type ReportCoverData = z.infer<typeof ReportCoverData>;

/** The reference a report is filed under: its period, as its file is named. */
export const reportReference = (period: AnnualReport['period']) => `Panel report ${period.from} to ${period.to}`;

/** The cover's data from the report and the chairs on the central list. */
export function reportCoverData(
  report: AnnualReport,
  chairs: readonly string[],
  context: Omit<FrameContext, 'reference'>,
): ReportCoverData {
  return ReportCoverData.parse({
    ...documentFrameData({ ...context, reference: reportReference(report.period) }),
    report_title: reportTitle(report.period),
    period: periodWords(report.period),
    figures_taken: figuresWords(report),
    has_chair: chairs.length > 0,
    chair_name: safeText(chairs.join(' and ')),
  });
}
