import { describe, expect, it } from 'vitest';
import { NewMember, NewTrainingEntry } from '../../shared/schemas/member';
import { memberInput } from '../factories/members';

function fieldErrors(input: unknown): Record<string, string> {
  const result = NewMember.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('new member input', () => {
  it('accepts a complete member and normalises blanks and money', () => {
    const parsed = NewMember.parse(memberInput({ name: '  Ann Smith ', email: '', fee: '£150.5', phone: '' }));
    expect(parsed).toMatchObject({ name: 'Ann Smith', email: null, phone: null, fee: 15050 });
  });

  it('names each missing field in words a user understands', () => {
    expect(fieldErrors({ independent: false, socialWorkerPqe3: false })).toEqual({
      name: "Enter the member's full name",
      listRole: 'Choose the role on the central list',
      background: 'Choose a professional background',
      appointmentDate: 'Enter a date with a day, month and year',
    });
  });

  it('refuses a term that ends before the appointment', () => {
    expect(fieldErrors(memberInput({ appointmentDate: '2025-05-01', termEndDate: '2025-04-30' }))).toEqual({
      termEndDate: 'The term must end after the appointment date',
    });
  });

  it('refuses a DBS renewal before the check and an appraisal due before the last one', () => {
    const errors = fieldErrors(
      memberInput({
        dbsCheckDate: '2025-01-01',
        dbsRenewalDue: '2024-01-01',
        lastAppraisalDate: '2026-01-01',
        nextAppraisalDue: '2025-12-31',
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(['dbsRenewalDue', 'nextAppraisalDue']);
  });

  it('only counts social workers as qualified social workers', () => {
    expect(fieldErrors(memberInput({ background: 'health', socialWorkerPqe3: true }))).toHaveProperty(
      'socialWorkerPqe3',
    );
    expect(fieldErrors(memberInput({ background: 'social_worker', socialWorkerPqe3: true }))).toEqual({});
  });

  it('asks for detail when the background is "other"', () => {
    expect(fieldErrors(memberInput({ background: 'other' }))).toEqual({
      backgroundDetail: 'Describe the background when you choose "Other"',
    });
  });

  it('refuses a badly formed email, fee or control characters', () => {
    const errors = fieldErrors(memberInput({ email: 'not-an-email', fee: '12.345', name: 'Bad\u0000Name' }));
    expect(Object.keys(errors).sort()).toEqual(['email', 'fee', 'name']);
  });
});

describe('training entry input', () => {
  const valid = { memberId: 'm-1', date: '2026-10-01', title: 'Safeguarding', hours: '2.5' };

  it('turns hours typed as text into a number', () => {
    expect(NewTrainingEntry.parse(valid).hours).toBe(2.5);
  });

  it.each([
    ['abc', 'Enter the hours as a number, like 2.5'],
    ['0', 'Hours must be more than 0'],
    ['101', 'Hours must be 100 or fewer'],
    ['1.1', 'Enter hours to the nearest quarter hour'],
  ])('refuses %s hours', (hours, message) => {
    expect(NewTrainingEntry.safeParse({ ...valid, hours }).error?.issues[0]?.message).toBe(message);
  });
});
