import type { AnnualReport } from '../../schemas/report';
import { approvals, endings, reviews } from './carer-sections';
import { business, deferralsAndDeterminations, sittings, timeliness } from './panel-work-sections';
import { members, people } from './people-sections';
import type { ReportSection, ReportTable } from './report-table-parts';
import { tellingSection } from './telling-table';

export { cellText, type Cell, type ReportSection, type ReportTable } from './report-table-parts';

/** The whole report as sections of tables, in the order a panel chair's report reads. */
export function reportSections(report: AnnualReport): ReportSection[] {
  return [
    sittings(report),
    business(report),
    approvals(report),
    reviews(report),
    endings(report),
    deferralsAndDeterminations(report),
    people(report),
    timeliness(report),
    ...tellingSection(report),
    members(report),
  ];
}

export function reportTables(report: AnnualReport): ReportTable[] {
  return reportSections(report).flatMap((section) => section.tables);
}
