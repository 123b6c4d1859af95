import { describe, expect, it } from 'vitest';
import { addMonthsIso, daysBetween, formatDate, isRealIsoDate } from '../../shared/domain/dates';
import { leavingDateFromNotice } from '../../shared/domain/members/notice';
import { IsoDate, OptionalIsoDate } from '../../shared/schemas/dates';

describe('ISO dates', () => {
  it.each(['2027-01-05', '2024-02-29', '2000-02-29', '1999-12-31', '2200-12-31'])('accepts %s', (iso) => {
    expect(isRealIsoDate(iso)).toBe(true);
  });

  it.each([
    '2027-02-31',
    '2023-02-29',
    '1900-02-29',
    '2027-04-31',
    '2201-01-01',
    '2027-01-00',
    '2027-13-01',
    '2027-00-10',
    '2027-1-5',
    '05/01/2027',
    '',
    '1850-01-01',
  ])('refuses %s', (iso) => {
    expect(isRealIsoDate(iso)).toBe(false);
  });

  it('shows dates the UK way', () => {
    expect(formatDate('2027-01-05')).toBe('5 January 2027');
    expect(formatDate('2026-12-24')).toBe('24 December 2026');
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('counts days across a year end', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });

  it('gives one message for a missing part and another for an impossible date', () => {
    expect(IsoDate.safeParse('2027--05').error?.issues[0]?.message).toBe('Enter a date with a day, month and year');
    expect(IsoDate.safeParse('2027-02-31').error?.issues[0]?.message).toBe(
      'Enter a real date, for example 5 January 2027',
    );
  });

  it('treats a blank optional date as not recorded', () => {
    expect(OptionalIsoDate.parse('')).toBeNull();
    expect(OptionalIsoDate.parse(undefined)).toBeNull();
    expect(OptionalIsoDate.parse('2027-01-05')).toBe('2027-01-05');
    expect(OptionalIsoDate.safeParse('2027-02-30').success).toBe(false);
  });
});

describe('notice (FSR reg 23)', () => {
  it('ends one calendar month after written notice', () => {
    expect(leavingDateFromNotice('2026-11-13')).toBe('2026-12-13');
    expect(leavingDateFromNotice('2026-12-20')).toBe('2027-01-20');
    expect(leavingDateFromNotice('2027-01-31')).toBe('2027-02-28');
  });
});
