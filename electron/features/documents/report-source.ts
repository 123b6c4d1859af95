import { buildAnnualReportDocument } from '../../../shared/documents/annual-report-document';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { buildAnnualReport } from '../reports/annual-report';
import { commentaryOf } from '../reports/register-commentary';
import type { BuiltDocument } from './letter-source';
import { chartPictures } from './chart-pictures';

const REPORT_SUBJECT = /^report-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/;

/** The period a report's subject names (`report-<from>-<to>`), or null when it names none. */
export function reportPeriodOf(subjectId: string): { from: string; to: string } | null {
  const match = REPORT_SUBJECT.exec(subjectId);
  if (!match?.[1] || !match[2] || match[2] < match[1]) return null;
  return { from: match[1], to: match[2] };
}

/** The panel's report for the period, built from the records as the report screen shows it, with the chair's commentary as kept. */
export function annualReportDocument(ctx: ReadContext, subjectId: string): BuiltDocument {
  const period = reportPeriodOf(subjectId);
  if (!period) throw new DomainError('NOT_FOUND', 'The report period could not be found.');
  const report = buildAnnualReport(ctx.db, period, ctx.clock.today());
  return {
    document: buildAnnualReportDocument({
      agencyName: readSettings(ctx.db).agencyName,
      report,
      commentary: commentaryOf(ctx.db, period).text,
      charts: chartPictures(report),
    }),
    suggestedName: `Fostering panel report ${period.from} to ${period.to}`,
  };
}
