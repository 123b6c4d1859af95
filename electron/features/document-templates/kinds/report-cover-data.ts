import { annualReportBody } from '../../../../shared/documents/annual-report-document';
import { reportCoverData } from '../../../../shared/documents/templates/report-cover-fields';
import { allMemberFacts } from '../../../../db/repositories/members-repository';
import { DomainError } from '../../../backend/domain-error';
import { chartPictures } from '../../documents/chart-pictures';
import { reportPeriodOf } from '../../documents/report-source';
import { buildAnnualReport } from '../../reports/annual-report';
import { commentaryOf } from '../../reports/register-commentary';
import type { KindData } from './template-context';

/**
 * The panel report: its cover from the template, with the chair from the
 * central list; its body (the chair's commentary, the tables, the charts
 * drawn here) built in code as before and appended after the cover.
 */
export const reportCoverTemplateData: KindData = (ctx, subjectId, context) => {
  const period = reportPeriodOf(subjectId);
  if (!period) throw new DomainError('NOT_FOUND', 'The report period could not be found.');
  const report = buildAnnualReport(ctx.db, period, ctx.clock.today());
  const chairs = allMemberFacts(ctx.db)
    .filter((member) => member.listRole === 'chair')
    .map((member) => member.name);
  return {
    data: reportCoverData(report, chairs, context),
    suggestedName: `Fostering panel report ${period.from} to ${period.to}`,
    body: annualReportBody({ report, commentary: commentaryOf(ctx.db, period).text, charts: chartPictures(report) }),
  };
};
