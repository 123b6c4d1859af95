import { addDays, addMonths, addWeeks, differenceInCalendarDays, getDay } from 'date-fns';
import { afterAll, describe, expect, it } from 'vitest';
import { statutoryClocks } from '../../shared/domain/calendar/statutory-clocks';
import { periodBeginningWith, WorkingCalendar, type Period } from '../../shared/domain/calendar/working-days';
import { BUNDLED_CHANGES } from '../../shared/domain/calendar/bank-holidays';
import { addDaysIso, addMonthsIso, daysBetween, parseIsoDate, toIsoDate } from '../../shared/domain/dates';

/*
 * The clocks work in whole day numbers (shared/domain/iso-days.ts, issue 20's
 * dashboard speed-up). These compare every answer with date-fns' — the way the
 * clocks were worked out before — for every day from 2014 to 2042, in time
 * zones with and without summer time (one moves its clocks at midnight).
 */

const ref = {
  addDays: (iso: string, n: number) => toIsoDate(addDays(parseIsoDate(iso), n)),
  addMonths: (iso: string, n: number) => toIsoDate(addMonths(parseIsoDate(iso), n)),
  daysBetween: (from: string, to: string) => differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from)),
  period: (start: string, period: Period) => {
    let date = parseIsoDate(start);
    if (period.months) date = addMonths(date, period.months);
    if (period.weeks) date = addWeeks(date, period.weeks);
    if (period.days) date = addDays(date, period.days);
    return toIsoDate(addDays(date, -1));
  },
};

/** The working calendar as it was worked out with date-fns, from the calendar's own list of holidays. */
function refCalendar(calendar: WorkingCalendar) {
  const isWorkingDay = (iso: string) => {
    const day = getDay(parseIsoDate(iso));
    return day !== 0 && day !== 6 && !calendar.isBankHoliday(iso);
  };
  return {
    isWorkingDay,
    addWorkingDays: (iso: string, count: number) => {
      const step = count < 0 ? -1 : 1;
      let date = parseIsoDate(iso);
      let remaining = Math.abs(count);
      while (remaining > 0) {
        date = addDays(date, step);
        if (isWorkingDay(toIsoDate(date))) remaining -= 1;
      }
      return toIsoDate(date);
    },
    workingDaysBetween: (from: string, to: string) => {
      let count = 0;
      let date = parseIsoDate(from);
      const end = parseIsoDate(to);
      while (date < end) {
        date = addDays(date, 1);
        if (isWorkingDay(toIsoDate(date))) count += 1;
      }
      return count;
    },
  };
}

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let date = parseIsoDate(from); toIsoDate(date) <= to; date = addDays(date, 1)) days.push(toIsoDate(date));
  return days;
}

const [FIRST, LAST] = ['2014-01-01', '2042-12-31'] as const;
const DAYS = everyDay(FIRST, LAST);
/** A spread of the days for the heavier checks: every 7th plus each month's last three days and 29 February. */
const SOME_DAYS = DAYS.filter((iso, i) => i % 7 === 0 || Number(iso.slice(8)) >= 28 || iso.endsWith('-03-01'));
const ZONES = ['UTC', 'Europe/London', 'America/Santiago', 'Australia/Lord_Howe'];

/** An answer, or the error thrown (date-fns refuses to write an invalid date): either must be the same. */
function outcome(work: () => unknown): unknown {
  try {
    return { answer: work() };
  } catch (error) {
    return { thrown: String(error) };
  }
}

/** Anything that is not a real date with a four-digit year keeps date-fns' answer, whatever it is. */
const ODD = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-1-05', '0999-06-01', '', 'not a date', '2026-02-29'];

// A service's own changes: an added holiday on a Wednesday and a removed rule-made one.
const CHANGED = new WorkingCalendar({
  added: [...BUNDLED_CHANGES.added, '2031-07-16', 'nonsense'],
  removed: [...BUNDLED_CHANGES.removed, '2030-08-26'],
});

const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe.each(ZONES)('whole-day arithmetic matches date-fns in %s', (zone) => {
  const inZone = () => {
    process.env.TZ = zone;
  };

  it('counts the days between any two days', () => {
    inZone();
    for (const [i, from] of DAYS.entries()) {
      for (const to of [FIRST, LAST, DAYS[i + 1] ?? from, DAYS[i + 400] ?? from, DAYS[i - 366] ?? from]) {
        if (daysBetween(from, to) !== ref.daysBetween(from, to)) expect([from, to, daysBetween(from, to)]).toBe(null);
      }
    }
    for (const odd of ODD) {
      expect(outcome(() => daysBetween(odd, '2026-03-01'))).toEqual(outcome(() => ref.daysBetween(odd, '2026-03-01')));
      expect(outcome(() => daysBetween('2026-03-01', odd))).toEqual(outcome(() => ref.daysBetween('2026-03-01', odd)));
    }
  });

  it('adds days and months, keeping to the end of a shorter month', () => {
    inZone();
    for (const iso of DAYS) {
      for (const n of [-366, -28, -1, 0, 1, 28, 56, 365]) {
        if (addDaysIso(iso, n) !== ref.addDays(iso, n)) expect([iso, n, addDaysIso(iso, n)]).toBe(null);
      }
      for (const n of [-12, -1, 0, 1, 8, 12, 36, 240]) {
        if (addMonthsIso(iso, n) !== ref.addMonths(iso, n)) expect([iso, n, addMonthsIso(iso, n)]).toBe(null);
      }
    }
    for (const odd of ODD) {
      expect(outcome(() => addDaysIso(odd, 3))).toEqual(outcome(() => ref.addDays(odd, 3)));
      expect(outcome(() => addMonthsIso(odd, 1))).toEqual(outcome(() => ref.addMonths(odd, 1)));
    }
    expect(addDaysIso('2026-03-01', 1.5)).toBe(ref.addDays('2026-03-01', 1.5));
    expect(addMonthsIso('2026-01-31', 1.5)).toBe(ref.addMonths('2026-01-31', 1.5));
  });

  it('ends a period beginning with a day as before (months, weeks, days and years of reviews)', () => {
    inZone();
    const periods: Period[] = [
      { months: 8 },
      { months: 12 },
      { months: 24 },
      { months: 120 },
      { weeks: 16 },
      { weeks: 8 },
      { days: 28 },
      { days: 0 },
      { months: 1, weeks: 2, days: 3 },
      { months: -12 },
      {},
    ];
    for (const iso of DAYS) {
      for (const period of periods) {
        const got = periodBeginningWith(iso, period);
        if (got !== ref.period(iso, period)) expect([iso, period, got]).toBe(null);
      }
    }
    for (const odd of ODD)
      expect(outcome(() => periodBeginningWith(odd, { months: 8 }))).toEqual(
        outcome(() => ref.period(odd, { months: 8 })),
      );
    expect(periodBeginningWith('2026-03-02', { weeks: 1.5 })).toBe(ref.period('2026-03-02', { weeks: 1.5 }));
  });

  it.each([
    ['the bundled bank holidays', new WorkingCalendar()],
    ['a service’s own changes', CHANGED],
  ])('counts working days with %s', (_, calendar) => {
    inZone();
    const reference = refCalendar(calendar);
    for (const iso of DAYS) {
      if (calendar.isWorkingDay(iso) !== reference.isWorkingDay(iso)) expect([iso]).toBe(null);
    }
    for (const iso of SOME_DAYS) {
      for (const n of [-10, -5, -1, 0, 1, 2, 5, 7, 10, 2.5]) {
        const got = calendar.addWorkingDays(iso, n);
        if (got !== reference.addWorkingDays(iso, n)) expect([iso, n, got]).toBe(null);
      }
      for (const to of [addDaysIso(iso, 20), addDaysIso(iso, -3), iso]) {
        const got = calendar.workingDaysBetween(iso, to);
        if (got !== reference.workingDaysBetween(iso, to)) expect([iso, to, got]).toBe(null);
      }
    }
    for (const odd of ODD) {
      expect(outcome(() => calendar.isWorkingDay(odd))).toEqual(outcome(() => reference.isWorkingDay(odd)));
      expect(outcome(() => calendar.addWorkingDays(odd, 3))).toEqual(outcome(() => reference.addWorkingDays(odd, 3)));
      expect(outcome(() => calendar.workingDaysBetween(odd, '2026-03-01'))).toEqual(
        outcome(() => reference.workingDaysBetween(odd, '2026-03-01')),
      );
    }
  });

  it('gives the same statutory clocks', () => {
    inZone();
    const clocks = statutoryClocks(CHANGED);
    for (const iso of SOME_DAYS) {
      expect(clocks.latestExtendedEnd(iso)).toBe(ref.addDays(iso, 56));
      expect(clocks.representationsWindowEnds(iso)).toBe(ref.addDays(iso, 28));
      expect(clocks.resignationTakesEffect(iso)).toBe(ref.addDays(iso, 28));
    }
  });
});

describe('the comparison itself', () => {
  it('would see a changed answer', () => {
    // 31 January plus a month is the end of February, not 3 March; a Saturday is not a working day.
    expect(ref.addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(refCalendar(new WorkingCalendar()).isWorkingDay('2026-12-26')).toBe(false);
    expect(refCalendar(new WorkingCalendar()).isWorkingDay('2026-12-28')).toBe(false);
    expect(ref.daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
