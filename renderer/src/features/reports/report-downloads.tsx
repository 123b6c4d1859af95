import { DownloadsOff, useDownloadsAllowed } from '../../components/downloads-off';
import { SavedFileOutcome } from '../../components/saved-path';
import { useSavingWrite } from '../../api/saved-file';
import { periodWords, reportSubjectId } from '../../../../shared/domain/reports/period';
import type { AnnualReport, ReportPeriod } from '../../../../shared/schemas/report';
import { DownloadDocument } from '../../components/download-document';
import { useSession } from '../auth/session-context';

/**
 * The report as a Word document, made by main from its records for this
 * period: the chair's commentary as kept, every table, and the charts.
 */
export function DownloadReport({ report }: { report: AnnualReport }) {
  return (
    <DownloadDocument
      label="Download the report (DOCX)"
      busyLabel="Making the report…"
      kind="annual-report"
      subjectId={reportSubjectId(report.period)}
    />
  );
}

/** Every table of the report in one .xlsx workbook, a sheet per table, made and saved by main. */
export function DownloadWorkbook({ period }: { period: ReportPeriod }) {
  const { may } = useSession();
  const save = useSavingWrite('reports:saveWorkbook');
  const allowed = useDownloadsAllowed();
  if (!may('reports:saveWorkbook')) return null;
  if (!allowed) return <DownloadsOff what="Download every table (Excel workbook)" />;
  return (
    <div className="download">
      <button
        type="button"
        className="button button--secondary"
        // aria-disabled, not disabled: a disabled button drops keyboard focus to the page while it saves.
        aria-disabled={save.isPending}
        onClick={() => {
          if (save.isPending) return;
          save.reset();
          save.mutate({ from: period.from, to: period.to });
        }}
      >
        {save.isPending ? 'Making the workbook…' : 'Download every table (Excel workbook)'}
      </button>
      <SavedFileOutcome path={save.data?.path} error={save.error?.message} />
    </div>
  );
}

export function reportHeading(report: AnnualReport): string {
  return `Figures for ${periodWords(report.period)}`;
}
