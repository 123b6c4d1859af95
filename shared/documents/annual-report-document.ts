import { AlignmentType, Document, HeadingLevel, ImageRun, Paragraph } from 'docx';
import type { AnnualReport } from '../schemas/report';
import { formatDate } from '../domain/dates';
import type { BarChart } from '../domain/reports/charts';
import { periodWords, reportTitle } from '../domain/reports/period';
import { cellText, reportSections, type ReportTable } from '../domain/reports/report-tables';
import { heading, line, paragraphs, run, table } from './docx-parts';
import { safeText } from './safe-text';

/** A chart drawn by the window as a PNG, with its pixel size. */
export interface ChartPicture {
  chart: BarChart;
  png: Uint8Array;
  width: number;
  height: number;
}

export interface AnnualReportContext {
  agencyName: string;
  report: AnnualReport;
  /** The chair's own words; only ever in the document, never stored. */
  narrative: string;
  charts: readonly ChartPicture[];
}

/** Pictures fit the text width of an A4 page (pixels at 96 to the inch). */
const MAX_PICTURE_WIDTH = 600;

function picture({ chart, png, width, height }: ChartPicture): Paragraph[] {
  const scale = Math.min(1, MAX_PICTURE_WIDTH / width);
  const name = safeText(chart.title);
  return [
    heading(chart.title, HeadingLevel.HEADING_3),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
          altText: { name, title: name, description: safeText(chart.description) },
        }),
      ],
    }),
    line(chart.description),
  ];
}

function tableBlock(reportTable: ReportTable, charts: readonly ChartPicture[]) {
  const chart = charts.filter((c) => c.chart.tableId === reportTable.id).flatMap(picture);
  const rows = reportTable.rows.map((row) => row.map(cellText));
  return [
    heading(reportTable.title, HeadingLevel.HEADING_2),
    ...chart,
    rows.length > 0 ? table(reportTable.headers, rows) : line('None in this period.'),
    ...(reportTable.note ? [line(reportTable.note)] : []),
  ];
}

/**
 * The panel's report for a period: the chair's narrative, then every table
 * the screen shows, with the charts as pictures beside their tables. Households
 * appear by reference only.
 */
export function buildAnnualReportDocument({ agencyName, report, narrative, charts }: AnnualReportContext): Document {
  const title = reportTitle(report.period);
  const story = paragraphs(narrative);
  return new Document({
    creator: safeText(agencyName),
    title: `${title}, ${periodWords(report.period)}`,
    sections: [
      {
        children: [
          new Paragraph({ children: [run(agencyName)], alignment: AlignmentType.RIGHT }),
          heading(title, HeadingLevel.TITLE),
          line(periodWords(report.period), 'Period'),
          line(`Figures taken from the panel's records on ${formatDate(report.builtOn)}.`),
          ...(story.length > 0 ? [heading('The chair’s report', HeadingLevel.HEADING_1), ...story] : []),
          ...reportSections(report).flatMap((section) => [
            heading(section.title, HeadingLevel.HEADING_1),
            ...section.tables.flatMap((t) => tableBlock(t, charts)),
          ]),
        ],
      },
    ],
  });
}
