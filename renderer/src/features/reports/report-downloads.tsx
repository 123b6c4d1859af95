import type { RefObject } from 'react';
import { layoutBars, reportCharts } from '../../../../shared/domain/reports/charts';
import { periodWords, reportSubjectId } from '../../../../shared/domain/reports/period';
import type { AnnualReport } from '../../../../shared/schemas/report';
import { useRead } from '../../api/hooks';
import { DownloadDocument } from '../../components/download-document';
import { svgToPng } from './chart-image';

/**
 * The report as a Word document: the chair's narrative, every table, and the
 * charts drawn from the SVGs on screen into pictures.
 */
export function DownloadReport({
  report,
  narrative,
  charts,
}: {
  report: AnnualReport;
  narrative: string;
  charts: RefObject<Map<string, SVGSVGElement>>;
}) {
  const agencyName = useRead('settings:get', {}).data?.agencyName ?? 'Fostering service';
  const { from, to } = report.period;
  return (
    <DownloadDocument
      label="Download the report (DOCX)"
      busyLabel="Making the report…"
      what="the report"
      kind="annual-report"
      subjectId={reportSubjectId(report.period)}
      suggestedName={`Fostering panel report ${from} to ${to}`}
      build={async () => {
        const pictures = await Promise.all(
          reportCharts(report).map(async (chart) => {
            const svg = charts.current.get(chart.id);
            if (!svg) throw new Error(`The chart ${chart.title} is not on screen`);
            const { width, height } = layoutBars(chart);
            return { chart, png: await svgToPng(svg, width, height), width, height };
          }),
        );
        const { buildAnnualReportDocument } = await import('../../../../shared/documents/annual-report-document');
        return buildAnnualReportDocument({ agencyName, report, narrative, charts: pictures });
      }}
    />
  );
}

export function reportHeading(report: AnnualReport): string {
  return `Figures for ${periodWords(report.period)}`;
}
