import { ReportCommentary, ReportPeriodRef, SaveReportCommentary } from '../schemas/report-commentary';
import { AnnualReport, ReportPeriodInput, SaveReportCsv, SavedFile } from '../schemas/report';
import { read, write } from './define';

export const reportsContract = {
  /** The panel's report for a period (default: the financial year containing today). */
  'reports:annual': read(ReportPeriodInput, AnnualReport),
  /** One table of the report as a CSV file: main asks where, writes it, and the audit trail records it. */
  'reports:saveCsv': write('report', SaveReportCsv, SavedFile),
  /** Every table of the report as one .xlsx workbook, a sheet per table, built by main from its own figures. */
  'reports:saveWorkbook': write('report', ReportPeriodRef, SavedFile),
  /** The chair's commentary on a period, as kept (empty, version 0, until someone writes one). */
  'reports:commentary': read(ReportPeriodRef, ReportCommentary),
  /** Writes the chair's commentary on a period; audited, with the text before and after. */
  'reports:saveCommentary': write('report commentary', SaveReportCommentary, ReportCommentary),
} as const;
