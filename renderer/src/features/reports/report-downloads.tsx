import { periodWords, reportSubjectId } from '../../../../shared/domain/reports/period';
import type { AnnualReport } from '../../../../shared/schemas/report';
import { DownloadDocument } from '../../components/download-document';

/**
 * The report as a Word document, made by main from its records for this
 * period: the chair's narrative, every table, and the charts.
 */
export function DownloadReport({ report, narrative }: { report: AnnualReport; narrative: string }) {
  return (
    <DownloadDocument
      label="Download the report (DOCX)"
      busyLabel="Making the report…"
      kind="annual-report"
      subjectId={reportSubjectId(report.period)}
      narrative={narrative}
    />
  );
}

export function reportHeading(report: AnnualReport): string {
  return `Figures for ${periodWords(report.period)}`;
}
