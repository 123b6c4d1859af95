import { useCallback, useState, useTransition } from 'react';
import { reportCharts, type BarChart } from '../../../../shared/domain/reports/charts';
import { financialYearContaining, periodWords, reportTitle } from '../../../../shared/domain/reports/period';
import { reportSections, type ReportSection } from '../../../../shared/domain/reports/report-tables';
import type { AnnualReport, ReportPeriod } from '../../../../shared/schemas/report';
import { ApiError, call } from '../../api/client';
import { useToday } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/fields';
import { usePageTitle } from '../../components/use-page-title';
import { BarChartView } from './bar-chart';
import { PeriodForm } from './period-form';
import { DownloadReport } from './report-downloads';
import { ReportTableView } from './report-table';
import './reports.css';

const FIELD_TARGETS = { from: 'report-from-day', to: 'report-to-day' };

/**
 * The panel's report for any period (the financial year by default): every
 * figure a chair's annual report gives, as tables with two charts, saved as a
 * Word document with the chair's narrative, or table by table as CSV.
 */
export function ReportPage() {
  usePageTitle('Panel report');
  const today = useToday();
  const [report, setReport] = useState<AnnualReport | null>(null);
  const [building, setBuilding] = useState(false);
  const [rendering, startRendering] = useTransition();
  const [error, setError] = useState<ApiError | null>(null);
  const [narrative, setNarrative] = useDraft('reports:narrative', () => '');

  const build = useCallback(async (period: { from: string; to: string }) => {
    setBuilding(true);
    setError(null);
    try {
      const value = await call('reports:annual', period);
      // Rendering several hundred table cells is interruptible: typing and scrolling stay responsive.
      startRendering(() => setReport(value));
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? caught
          : new ApiError({ code: 'INTERNAL', message: 'The report could not be built. Try again.' }),
      );
    } finally {
      setBuilding(false);
    }
  }, []);

  const busy = building || rendering;
  return (
    <>
      <h1>Panel report</h1>
      <p>
        The figures a panel chair’s annual report gives, taken from the panel’s records for the period you choose.
        Download it as a Word document with your own commentary, or each table as a CSV file.
      </p>
      <ErrorSummary
        message={error?.message ?? null}
        fieldErrors={error?.fieldErrors ?? {}}
        fieldTargets={FIELD_TARGETS}
      />
      {today ? (
        <PeriodForm
          initial={financialYearContaining(today)}
          building={busy}
          fieldErrors={error?.fieldErrors ?? {}}
          onBuild={(period) => void build(period)}
        />
      ) : (
        <p className="loading">Loading…</p>
      )}
      <p role="status" aria-live="polite" className="report-status">
        {busy ? 'Building the report…' : report ? `Report built for ${periodWords(report.period)}.` : ''}
      </p>
      {report ? (
        <div className="report" aria-busy={busy}>
          <h2>
            {reportTitle(report.period)}: {periodWords(report.period)}
          </h2>
          <section className="section report-narrative" aria-labelledby="narrative-heading">
            <h2 id="narrative-heading">The chair’s report</h2>
            <TextArea
              id="report-narrative"
              label="Your commentary for the Word document"
              hint="It goes into the Word document only. It is kept while this window stays open, but is not saved in the app."
              rows={6}
              value={narrative}
              onChange={setNarrative}
            />
            <DownloadReport report={report} narrative={narrative} />
          </section>
          {reportSections(report).map((section) => (
            <SectionView key={section.id} section={section} period={report.period} charts={reportCharts(report)} />
          ))}
        </div>
      ) : null}
    </>
  );
}

function SectionView({
  section,
  period,
  charts,
}: {
  section: ReportSection;
  period: ReportPeriod;
  charts: BarChart[];
}) {
  const headingId = `section-${section.id}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.tables.map((table) => {
        const chart = charts.find((c) => c.tableId === table.id);
        if (!chart) return <ReportTableView key={table.id} table={table} period={period} />;
        return (
          <div key={table.id} className="chart-with-table">
            <BarChartView chart={chart} />
            <ReportTableView table={table} period={period} />
          </div>
        );
      })}
    </section>
  );
}
