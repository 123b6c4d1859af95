import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChairReportYear, type ChairReportYear } from '../factories/chair-report-year';
import type { AnnualReport } from '../../shared/schemas/report';

/**
 * The seed chair's 2019/20 year replayed through the router: the annual
 * report gives the figures the chair reported.
 */
describe('the 2019/20 panel year of the seed chair’s report', () => {
  let year: ChairReportYear;
  let report: AnnualReport;
  beforeAll(async () => {
    year = await openChairReportYear();
    report = await year.report();
  }, 600_000);
  afterAll(() => year.backend.dispose());

  it('held 24 main and 6 extra sittings, the extras chaired by the two vice chairs', () => {
    expect(report.sittings.byKind).toEqual([
      expect.objectContaining({ kind: 'main', held: 24, cancelled: 0 }),
      expect.objectContaining({ kind: 'extra', held: 6, cancelled: 0 }),
    ]);
    console.log(
      JSON.stringify({
        a: report.approvals,
        c: report.connectedPersons,
        f: report.firstReviews,
        o: report.otherReviews,
        r: report.resignations,
        t: report.terminations,
        e: report.extensions,
        d: report.deferrals,
        s: report.serviceDisagreements,
        adm: report.admDecisions,
        det: report.determinations,
      }),
    );
  });
});
