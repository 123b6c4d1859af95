import { describe, expect, it } from 'vitest';
import { layoutBars, timelinessChart } from '../../shared/domain/reports/charts';
import {
  financialYearContaining,
  financialYearName,
  reportSubjectId,
  reportTitle,
  resolvePeriod,
} from '../../shared/domain/reports/period';
import {
  admTimeliness,
  approvalsBreakdown,
  daysStats,
  papersTimeliness,
  percent,
  tally,
} from '../../shared/domain/reports/tallies';
import { statutoryClocks } from '../../shared/domain/calendar/statutory-clocks';
import { EntityId } from '../../shared/schemas/text';
import { ReportPeriodInput } from '../../shared/schemas/report';

const clocks = statutoryClocks();

describe('the report period', () => {
  it('defaults to the financial year, April to March, containing today', () => {
    expect(financialYearContaining('2026-11-23')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(financialYearContaining('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(financialYearContaining('2027-04-01')).toEqual({ from: '2027-04-01', to: '2028-03-31' });
    expect(resolvePeriod({ from: '2026-10-01' }, '2026-11-23')).toEqual({ from: '2026-10-01', to: '2027-03-31' });
  });

  it('names a whole financial year, and gives the document a valid subject', () => {
    expect(financialYearName({ from: '2019-04-01', to: '2020-03-31' })).toBe('2019/20');
    expect(financialYearName({ from: '2026-04-01', to: '2026-12-31' })).toBeNull();
    expect(reportTitle({ from: '2099-04-01', to: '2100-03-31' })).toBe('Fostering panel report 2099/00');
    const subject = reportSubjectId({ from: '2026-04-01', to: '2027-03-31' });
    expect(subject).toBe('report-2026-04-01-2027-03-31');
    expect(EntityId.safeParse(subject).success).toBe(true);
  });

  it('refuses a period that ends before it starts or runs past five years', () => {
    expect(ReportPeriodInput.safeParse({ from: '2026-04-01', to: '2026-03-31' }).success).toBe(false);
    expect(ReportPeriodInput.safeParse({ from: '2020-04-01', to: '2026-03-31' }).success).toBe(false);
    expect(ReportPeriodInput.safeParse({ from: '2026-04-01', to: '2026-04-01' }).success).toBe(true);
    expect(ReportPeriodInput.safeParse({}).success).toBe(true);
  });
});

describe('report counting', () => {
  it('groups free-text reasons ignoring case and spacing, most common first', () => {
    expect(tally(['Retirement', ' retirement ', 'Moving  area', null, ''], 'Not recorded')).toEqual([
      { reason: 'Not recorded', count: 2 },
      { reason: 'Retirement', count: 2 },
      { reason: 'Moving area', count: 1 },
    ]);
  });

  it('counts approvals under every type of care they include, with the places they create', () => {
    const terms = (typesOfCare: string[], numberOfChildren: number) =>
      ({
        typesOfCare,
        numberOfChildren,
        ageFrom: 0,
        ageTo: 10,
        gender: 'any',
        namedChildren: [],
        siblingGroup: false,
      }) as never;
    const result = approvalsBreakdown([
      { householdType: 'mainstream', terms: terms(['short_term', 'respite'], 2) },
      { householdType: 'mainstream', terms: terms(['short_term'], 3) },
      { householdType: 'connected_person', terms: null },
    ]);
    expect(result.total).toBe(3);
    expect(result.places).toBe(5);
    expect(result.byHouseholdType.map((h) => [h.householdType, h.approvals, h.places])).toEqual([
      ['mainstream', 2, 5],
      ['connected_person', 1, 0],
      ['specialist', 0, 0],
    ]);
    const byCare = Object.fromEntries(result.mainstreamByCareType.map((c) => [c.careType, [c.approvals, c.places]]));
    expect(byCare).toMatchObject({ short_term: [2, 5], respite: [1, 2], long_term: [0, 0] });
    expect(result.connectedByCareType.map((c) => c.approvals)).toEqual(result.connectedByCareType.map(() => 0));
  });

  it('judges papers against the 5th working day before the sitting (domain worked example)', () => {
    expect(clocks.papersDue('2027-01-05')).toBe('2026-12-24');
    expect(
      papersTimeliness(
        [
          { date: '2027-01-05', papersSentDate: '2026-12-24' },
          { date: '2027-01-05', papersSentDate: '2026-12-29' },
          { date: '2027-01-05', papersSentDate: null },
        ],
        clocks.papersDue,
      ),
    ).toEqual({ onTime: 1, late: 1, notRecorded: 1 });
  });

  it('judges ADM decisions against 7 working days from receipt (domain worked example)', () => {
    expect(
      admTimeliness(
        [
          { sentToAdmDate: '2026-12-23', decidedOn: '2027-01-06' },
          { sentToAdmDate: '2026-12-23', decidedOn: '2027-01-07' },
          { sentToAdmDate: '2026-12-23', decidedOn: null },
          { sentToAdmDate: '2027-01-04', decidedOn: null },
        ],
        clocks.admDecisionDue,
        '2027-01-07',
      ),
    ).toEqual({ onTime: 1, late: 1, waiting: 2, waitingOverdue: 1 });
  });

  it('averages days to one decimal place and finds the longest', () => {
    expect(daysStats([])).toEqual({ count: 0, averageDays: null, longestDays: null });
    expect(
      daysStats([
        { from: '2026-10-12', to: '2026-10-14' },
        { from: '2026-10-12', to: '2026-10-12' },
        { from: '2026-10-12', to: '2026-10-13' },
      ]),
    ).toEqual({ count: 3, averageDays: 1, longestDays: 2 });
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBeNull();
  });
});

describe('charts', () => {
  it('draws per cent on time to scale, and says so in words', () => {
    const report = {
      timeliness: {
        papers: { onTime: 3, late: 1, notRecorded: 0 },
        admDecisions: { onTime: 0, late: 0, waiting: 2, waitingOverdue: 0 },
      },
    } as never;
    const chart = timelinessChart(report);
    expect(chart.description).toBe(
      'Timeliness: per cent on time: Papers sent on time, 75% (3 of 4); ADM decisions in 7 working days, nothing to measure.',
    );
    const layout = layoutBars(chart, 640);
    expect(layout.rows.map((r) => r.barWidth)).toEqual([Math.round(75 * ((640 - 230 - 150) / 100)), 0]);
  });
});
