import { AnnualReport, ReportPeriodInput, SaveReportCsv, SavedFile } from '../schemas/report';
import { read, write } from './define';

export const reportsContract = {
  /** The panel's report for a period (default: the financial year containing today). */
  'reports:annual': read(ReportPeriodInput, AnnualReport),
  /** One table of the report as a CSV file: main asks where, writes it, and the audit trail records it. */
  'reports:saveCsv': write('report', SaveReportCsv, SavedFile),
} as const;
