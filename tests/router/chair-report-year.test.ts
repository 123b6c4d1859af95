import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { AnnualReport } from '../../shared/schemas/report';
import { CHAIR_REPORT_CASES } from '../factories/chair-report-cases';
import { openChairReportYear, type ChairReportYear } from '../factories/chair-report-year';

function counts(rows: readonly { reason: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [row.reason, row.count]));
}

/**
 * The seed chair's 2019/20 panel year (../shared/seeds, "LEICESTERSHIRE FOSTER
 * PANEL") replayed through the router from April 2019 to her report in May
 * 2020: the annual report gives the figures she reported.
 */
describe('the 2019/20 panel year of the seed chair’s report', () => {
  let year: ChairReportYear;
  let report: AnnualReport;
  beforeAll(async () => {
    year = await openChairReportYear();
    report = await year.report();
  }, 600_000);
  afterAll(() => year.backend.dispose());

  it('held 24 main and 6 extra sittings, every extra chaired by one of the two vice chairs', () => {
    expect(report.sittings.byKind).toEqual([
      expect.objectContaining({ kind: 'main', held: 24, notYetHeld: 0, cancelled: 0 }),
      expect.objectContaining({ kind: 'extra', held: 6, notYetHeld: 0, cancelled: 0 }),
    ]);
    expect(report.sittings.byPresider).toEqual([
      expect.objectContaining({ name: 'Arlene Chair', main: 24, extra: 0 }),
      expect.objectContaining({ name: 'Valerie Vice', main: 0, extra: 3 }),
      expect.objectContaining({ name: 'Victor Vice', main: 0, extra: 3 }),
    ]);
  });

  it('approved mainstream carers by terms apart from the 39 connected persons', () => {
    const mainstream = Object.fromEntries(
      report.approvals.mainstreamByCareType
        .filter((row) => row.approvals > 0)
        .map((row) => [row.careType, row.approvals]),
    );
    expect(mainstream).toEqual({ long_term: 1, short_term: 14, parent_and_child: 1, respite: 1, specialist: 1 });
    const connected = report.approvals.connectedByCareType.filter((row) => row.approvals > 0);
    expect(connected).toEqual([expect.objectContaining({ careType: 'child_specific', approvals: 39, places: 39 })]);
    expect(report.connectedPersons.approvals).toBe(39);
  });

  it('heard 34 first reviews, 21 mainstream and 13 connected, every carer still suitable', () => {
    expect(report.firstReviews).toMatchObject({ mainstream: 21, connected: 13 });
    expect(report.firstReviews.rows.find((row) => row.total > 0)).toMatchObject({
      outcome: 'remains_suitable_terms_unchanged',
      total: 34,
    });
  });

  it('heard two standards-of-care reviews, disagreeing with the service on one; the ADM ratified both', () => {
    expect(report.reviewKinds.find((row) => row.kind === 'standards_of_care')).toMatchObject({ atPanel: 2 });
    expect(report.serviceDisagreements.find((row) => row.itemType === 'other_review')).toMatchObject({
      heard: 2,
      withServiceRecommendation: 2,
      agreed: 1,
      disagreed: 1,
    });
    const others = report.serviceDisagreements.filter((row) => row.itemType !== 'other_review');
    expect(others.every((row) => row.disagreed === 0)).toBe(true);
    expect(report.otherReviews.admDisagreements).toEqual([]);
    expect(report.admDecisions.every((row) => row.disagreed === 0)).toBe(true);
  });

  it('counts resignations and deregistrations by the seed’s reasons', () => {
    expect(report.resignations.total).toBe(14);
    expect(counts(report.resignations.byReason)).toEqual({
      'Change of circumstances': 7,
      'Moving to an independent fostering agency': 1,
      'Dissatisfaction with the agency': 2,
      Other: 4,
    });
    expect(report.terminations.total).toBe(15);
    expect(counts(report.terminations.byReason)).toEqual({
      'Standard of care': 1,
      'Child no longer placed with the connected person (care plan changed)': 8,
      'Unwilling or unavailable to take placements': 6,
    });
  });

  it('counts the deferrals for statutory checks and the reg 25 extensions, one of them until the IRM outcome', () => {
    expect(report.deferrals).toMatchObject({ total: 3, byReason: [{ reason: 'Statutory checks not back', count: 3 }] });
    const extensions = CHAIR_REPORT_CASES.filter((c) => c.itemType === 'temporary_approval_extension').length;
    expect(report.extensions.approved).toBe(extensions);
    expect(report.connectedPersons.extensions).toBe(extensions);
    expect(report.determinations.rows.find((row) => row.decision === 'not_approve')).toMatchObject({
      made: 1,
      irm: 1,
      finalMade: 1,
    });
  });

  it('ended the IRM extension with the ADM’s final decision after the IRM recommendation', async () => {
    const household = year.households.get('CP-IRM') as Household;
    const items = year.backend.store.sqlite
      .prepare(`SELECT id FROM agenda_items WHERE household_id = ? AND item_type = 'temporary_approval_extension'`)
      .all(household.id) as { id: string }[];
    const view = await year.caller.as<ExtensionView>('extensions:get', { itemId: items[0]?.id }, year.senders.OFFICER);
    expect(view.extension).toMatchObject({ kind: 'irm', newEnd: null, decidedOn: '2019-11-12', endedOn: '2020-01-14' });
    const after = await year.caller.as<Household>('households:get', { id: household.id });
    expect(after.status).toBe('refused');
  });

  it('recorded a resignation notice before panel noted it, the 28 days running from the notice', async () => {
    const household = year.households.get('RS-01') as Household;
    const after = await year.caller.as<Household>('households:get', { id: household.id });
    expect(after).toMatchObject({ status: 'resigned', resignationApprovalEnds: '2019-05-02' });
  });

  it('minuted the first review the chair withdrew from as presided by a vice chair', async () => {
    const withdrawn = CHAIR_REPORT_CASES.find((c) => c.chairWithdraws);
    const sittingDate = withdrawn?.sittings[0];
    const sitting = year.backend.store.sqlite.prepare(`SELECT id FROM sittings WHERE date = ?`).get(sittingDate) as {
      id: string;
    };
    const minutes = await year.caller.as<MinutesView>('minutes:get', { sittingId: sitting.id });
    const item = minutes.approvedContent?.items.find((i) => i.householdReference === withdrawn?.key);
    expect(item?.presiding).toContain('Victor Vice (vice chair) for this item');
    const recorded = await year.caller.as<{ presidedByName: string | null }>('recommendations:get', {
      itemId: item?.itemId,
    });
    expect(recorded.presidedByName).toBe('Victor Vice');
  });

  it('told every applicant of the ADM’s decision orally on the day', () => {
    expect(report.telling?.orally).toMatchObject({ late: 0, notYet: 0 });
    expect(report.telling?.orally.onTime).toBeGreaterThan(100);
  });
});
