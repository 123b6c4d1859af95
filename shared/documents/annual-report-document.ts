import { AlignmentType, Document, HeadingLevel, ImageRun, Paragraph, type FileChild } from 'docx';
import type { AnnualReport } from '../schemas/report';
import { formatDate } from '../domain/dates';
import type { BarChart } from '../domain/reports/charts';
import { periodWords, reportTitle } from '../domain/reports/period';
import { reportSections, type ReportTable } from '../domain/reports/report-tables';
import { heading, line, paragraphs, run } from './docx-parts';
import { reportTableDocx } from './report-tables-docx';
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
  /** The chair's commentary on the period, as kept in the app (`reports:saveCommentary`); empty for none. */
  commentary: string;
  charts: readonly ChartPicture[];
}

/** Pictures fit the text width of an A4 page (pixels at 96 to the inch). */
const MAX_PICTURE_WIDTH = 600;

/** The chart under its table's heading, with no heading of its own (it would repeat the table's), and its words below. */
function picture({ chart, png, width, height }: ChartPicture): Paragraph[] {
  const scale = Math.min(1, MAX_PICTURE_WIDTH / width);
  const name = safeText(chart.title);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
          altText: { name, title: name, description: safeText(chart.description) },
        }),
      ],
    }),
    new Paragraph({ keepNext: true, children: [run(chart.description)] }),
  ];
}

/** A heading kept on the page of what follows it. */
const headingWithNext = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, keepNext: true, children: [run(text)] });

function tableBlock(reportTable: ReportTable, charts: readonly ChartPicture[]) {
  const chart = charts.filter((c) => c.chart.tableId === reportTable.id).flatMap(picture);
  return [
    headingWithNext(reportTable.title, HeadingLevel.HEADING_2),
    ...chart,
    reportTable.rows.length > 0 ? reportTableDocx(reportTable) : line('None in this period.'),
    ...(reportTable.note ? [line(reportTable.note)] : []),
  ];
}

/** The sentence saying when the figures were taken, on the cover. */
export const figuresWords = (report: AnnualReport) =>
  `Figures taken from the panel's records on ${formatDate(report.builtOn)}.`;

/**
 * The report's body after its cover: the chair's commentary, then every
 * table the screen shows, with the charts as pictures beside their tables.
 * Households appear by reference only. Each heading is said once: a
 * section's heading, then each table's, with its chart beneath and no heading
 * of the chart's own. Built in code whether the cover is (the panel report's
 * Word template holds only its cover, header and footer).
 */
export function annualReportBody({ report, commentary, charts }: Omit<AnnualReportContext, 'agencyName'>): FileChild[] {
  const story = paragraphs(commentary);
  return [
    ...(story.length > 0 ? [heading('The chair’s report', HeadingLevel.HEADING_1), ...story] : []),
    ...reportSections(report).flatMap((section) => [
      headingWithNext(section.title, HeadingLevel.HEADING_1),
      ...section.tables.flatMap((t) => tableBlock(t, charts)),
    ]),
  ];
}

/** The panel's report for a period built wholly in code: its cover lines, then its body. */
export function buildAnnualReportDocument(context: AnnualReportContext): Document {
  const { agencyName, report } = context;
  const title = reportTitle(report.period);
  return new Document({
    creator: safeText(agencyName),
    title: `${title}, ${periodWords(report.period)}`,
    sections: [
      {
        children: [
          new Paragraph({ children: [run(agencyName)], alignment: AlignmentType.RIGHT }),
          heading(title, HeadingLevel.TITLE),
          line(periodWords(report.period), 'Period'),
          line(figuresWords(report)),
          ...annualReportBody(context),
        ],
      },
    ],
  });
}
