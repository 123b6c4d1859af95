import { useState, useTransition } from 'react';
import { Link } from 'react-router';
import { reportCharts, type BarChart } from '../../../../shared/domain/reports/charts';
import { financialYearContaining, periodWords, reportTitle } from '../../../../shared/domain/reports/period';
import { reportSections, type ReportSection } from '../../../../shared/domain/reports/report-tables';
import type { AnnualReport } from '../../../../shared/schemas/report';
import { ApiError, call } from '../../api/client';
import { useToday } from '../../api/hooks';
import { usePageTitle } from '../../components/use-page-title';
import type { FormWrite } from '../../forms/use-channel-form';
import { useSession } from '../auth/session-context';
import { BarChartView } from './bar-chart';
import { PeriodForm } from './period-form';
import { DownloadReport, DownloadWorkbook } from './report-downloads';
import { CommentarySection } from './report-commentary';
import { ReportTableView } from './report-table';
import './reports.css';

/**
 * The panel's report for any period (the financial year by default): every
 * figure a chair's annual report gives, as tables with two charts, the chair's
 * commentary kept in the app, saved as a Word document, and every table in
 * one workbook.
 */
export function ReportPage() {
  usePageTitle('Panel report');
  const today = useToday();
  const { may } = useSession();
  const [report, setReport] = useState<AnnualReport | null>(null);
  const [building, setBuilding] = useState(false);
  const [rendering, startRendering] = useTransition();
  const busy = building || rendering;

  // A read, not a save, but refused and shown as a form's save is (forms/use-channel-form.ts).
  const build: FormWrite<'reports:annual'> = {
    mutate: (period, { onSuccess, onError }) => {
      setBuilding(true);
      void call('reports:annual', period)
        .then(onSuccess, (caught: unknown) =>
          onError(
            caught instanceof ApiError
              ? caught
              : new ApiError({ code: 'INTERNAL', message: 'The report could not be built. Try again.' }),
          ),
        )
        .finally(() => setBuilding(false));
    },
    isPending: busy,
  };

  return (
    <>
      <h1>Panel report</h1>
      <p>
        The figures a panel chair’s annual report gives, taken from the panel’s records for the period you choose. Write
        the chair’s commentary on the period, then download the report as a Word document, or every table in one Excel
        workbook.
      </p>
      <nav aria-label="Reports" className="report-links">
        <ul>
          <li>
            <Link to="/reports/data-return">Annual data return</Link>: the panel-related figures for Ofsted’s fostering
            data collection, each with the households it counts.
          </li>
          {may('reports:inspectionBundle') ? (
            <li>
              <Link to="/reports/inspection-bundle">Inspection bundle</Link>: the minutes, clocks summary, central list
              and report for an inspection, in one encrypted file.
            </li>
          ) : null}
        </ul>
      </nav>
      {today ? (
        <PeriodForm
          initial={financialYearContaining(today)}
          build={build}
          // Rendering several hundred table cells is interruptible: typing and scrolling stay responsive.
          onBuilt={(value) => startRendering(() => setReport(value))}
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
            <CommentarySection period={report.period} />
          </section>
          <section className="section report-exports" aria-labelledby="exports-heading">
            <h2 id="exports-heading">Download</h2>
            <DownloadReport report={report} />
            <DownloadWorkbook period={report.period} />
          </section>
          {reportSections(report).map((section) => (
            <SectionView key={section.id} section={section} charts={reportCharts(report)} />
          ))}
        </div>
      ) : null}
    </>
  );
}

function SectionView({ section, charts }: { section: ReportSection; charts: BarChart[] }) {
  const headingId = `section-${section.id}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.tables.map((table) => {
        const chart = charts.find((c) => c.tableId === table.id);
        if (!chart) return <ReportTableView key={table.id} table={table} />;
        return (
          <div key={table.id} className="chart-with-table">
            <BarChartView chart={chart} />
            <ReportTableView table={table} />
          </div>
        );
      })}
    </section>
  );
}
