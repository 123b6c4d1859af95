import { describe, expect, it } from 'vitest';
import { bankHolidays, easterSunday, ruleBankHolidays } from '../../shared/domain/calendar/bank-holidays';
import { statutoryClocks } from '../../shared/domain/calendar/statutory-clocks';
import { defaultCalendar, periodBeginningWith, WorkingCalendar } from '../../shared/domain/calendar/working-days';

const holidaysIn = (year: number) => [...bankHolidays(year, year)].sort();

describe('England and Wales bank holidays', () => {
  it.each([
    [
      2015,
      ['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28'],
    ],
    [
      2020,
      ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
    ],
    [
      2022,
      [
        '2022-01-03',
        '2022-04-15',
        '2022-04-18',
        '2022-05-02',
        '2022-06-02',
        '2022-06-03',
        '2022-08-29',
        '2022-09-19',
        '2022-12-26',
        '2022-12-27',
      ],
    ],
    [
      2023,
      [
        '2023-01-02',
        '2023-04-07',
        '2023-04-10',
        '2023-05-01',
        '2023-05-08',
        '2023-05-29',
        '2023-08-28',
        '2023-12-25',
        '2023-12-26',
      ],
    ],
    [
      2026,
      ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
    ],
    [
      2027,
      ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
    ],
  ])('%i matches the published list', (year, expected) => {
    expect(holidaysIn(year)).toEqual(expected);
  });

  it.each([
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2040, '2040-04-01'],
  ])('finds Easter Sunday %i', (year, sunday) => {
    expect(easterSunday(year)).toBe(sunday);
  });

  it('has eight rule-made holidays every year from 2015 to 2040, all on weekdays', () => {
    for (let year = 2015; year <= 2040; year += 1) {
      const days = ruleBankHolidays(year);
      expect(new Set(days).size).toBe(8);
      for (const day of days) expect([0, 6]).not.toContain(new Date(`${day}T12:00:00`).getDay());
    }
  });

  it('lets the service add and remove one-off days', () => {
    const calendar = new WorkingCalendar({ added: ['2031-06-06'], removed: ['2031-05-05'] });
    expect(calendar.isBankHoliday('2031-06-06')).toBe(true);
    expect(calendar.isBankHoliday('2031-05-05')).toBe(false);
  });
});

describe('working days', () => {
  it('skips weekends and bank holidays', () => {
    expect(defaultCalendar.isWorkingDay('2026-11-23')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2026-11-21')).toBe(false);
    expect(defaultCalendar.isWorkingDay('2026-12-28')).toBe(false);
  });

  it('counts forwards and backwards across Christmas and Easter', () => {
    expect(defaultCalendar.addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    expect(defaultCalendar.addWorkingDays('2026-12-29', -1)).toBe('2026-12-24');
    expect(defaultCalendar.addWorkingDays('2027-03-25', 1)).toBe('2027-03-30');
    expect(defaultCalendar.workingDaysBetween('2026-12-23', '2027-01-06')).toBe(7);
  });
});

describe('statutory clocks (domain.md worked examples and edges)', () => {
  const clocks = statutoryClocks();

  it('papers: sitting Tue 5 Jan 2027, papers due Thu 24 Dec 2026', () => {
    expect(clocks.papersDue('2027-01-05')).toBe('2026-12-24');
  });

  it('papers: across Easter and a month end', () => {
    // Sitting Tue 6 Apr 2027: Mon 5 Apr is a normal day; Good Friday 26 Mar and Easter Monday 29 Mar 2027 are not working days.
    expect(clocks.papersDue('2027-04-06')).toBe('2027-03-30');
    expect(clocks.papersDue('2026-12-01')).toBe('2026-11-24');
  });

  it('ADM decision: minutes received Wed 23 Dec 2026, decision due Wed 6 Jan 2027', () => {
    expect(clocks.admDecisionDue('2026-12-23')).toBe('2027-01-06');
    expect(clocks.admDecisionDue('2026-11-23')).toBe('2026-12-02');
  });

  it('temporary approval from Mon 2 Mar 2026 ends Sun 21 Jun 2026; with 8 weeks more, Sun 16 Aug 2026', () => {
    const end = clocks.temporaryApprovalEnds('2026-03-02');
    expect(end).toBe('2026-06-21');
    expect(clocks.latestExtendedEnd(end)).toBe('2026-08-16');
  });

  it('periods beginning with a date end the day before the same date after the period', () => {
    expect(periodBeginningWith('2026-01-31', { months: 1 })).toBe('2026-02-27');
    expect(clocks.firstReviewDue('2026-03-02')).toBe('2027-03-01');
    expect(clocks.firstReviewDue('2024-02-29')).toBe('2025-02-27');
    expect(clocks.applicationRecommendationDue('2026-04-15')).toBe('2026-12-14');
  });

  it('representations window: letter date + 28 days, across a year end', () => {
    expect(clocks.representationsWindowEnds('2026-12-10')).toBe('2027-01-07');
  });

  it('IRM papers in 10 working days, across Christmas', () => {
    expect(clocks.irmPapersDue('2026-12-18')).toBe('2027-01-06');
  });

  it('resignation takes effect 28 days after notice', () => {
    expect(clocks.resignationTakesEffect('2026-02-10')).toBe('2026-03-10');
  });

  it('telling applicants: orally in 2 working days, in writing in 5', () => {
    expect(clocks.tellOrallyBy('2026-12-24')).toBe('2026-12-30');
    expect(clocks.tellInWritingBy('2026-12-24')).toBe('2027-01-05');
  });
});
