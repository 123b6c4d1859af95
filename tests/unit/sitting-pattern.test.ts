import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/domain/calendar/working-days';
import { describeSittingPattern, suggestedSittingDates } from '../../shared/domain/sittings/sitting-pattern';
import { SittingPattern } from '../../shared/schemas/sitting-pattern';

const monthly = SittingPattern.parse({
  kind: 'monthly',
  weekday: 2,
  weeksOfMonth: [2, 5],
  everyWeeks: null,
  firstDate: null,
  startTime: '10:00',
  venue: 'County Hall',
});

describe('the usual sitting pattern', () => {
  it('gives the second and last Tuesday of each month', () => {
    expect(suggestedSittingDates(monthly, '2027-01-01', 4)).toEqual([
      '2027-01-12',
      '2027-01-26',
      '2027-02-09',
      '2027-02-23',
    ]);
    expect(describeSittingPattern(monthly)).toBe('The second and last Tuesday of each month, at 10:00, County Hall');
  });

  it('gives every third Thursday from a first date, skipping bank holidays', () => {
    const interval = SittingPattern.parse({
      kind: 'interval',
      weekday: 4,
      weeksOfMonth: [],
      everyWeeks: 3,
      firstDate: '2026-12-03',
      startTime: '09:30',
      venue: '',
    });
    expect(suggestedSittingDates(interval, '2026-12-04', 3)).toEqual(['2026-12-24', '2027-01-14', '2027-02-04']);
    // A pattern day that is a bank holiday (Christmas Day 2025 is a Thursday) is left out.
    const fromChristmas = { ...interval, firstDate: '2025-12-25' };
    expect(suggestedSittingDates(fromChristmas, '2025-12-20', 2, (day) => defaultCalendar.isBankHoliday(day))).toEqual([
      '2026-01-15',
      '2026-02-05',
    ]);
  });

  it('refuses a pattern with parts missing, naming each', () => {
    const result = SittingPattern.safeParse({
      kind: 'interval',
      weekday: 4,
      weeksOfMonth: [],
      everyWeeks: null,
      firstDate: '2026-12-04',
      startTime: '09:30',
      venue: '',
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      'everyWeeks: Enter how many weeks apart the sittings are',
      'firstDate: The date of a sitting in the pattern must be a Thursday',
    ]);
  });
});
