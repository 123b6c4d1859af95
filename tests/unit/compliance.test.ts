import { describe, expect, it } from 'vitest';
import { centralListWarnings, type MemberFacts } from '../../shared/domain/members/compliance';
import { memberFacts as member } from '../factories/members';

const TODAY = '2026-11-23';

const compliantList = [
  member({ id: 'chair', name: 'Chair', listRole: 'chair', independent: true }),
  member({ id: 'vice', name: 'Vice', listRole: 'vice_chair' }),
  member({ id: 'sw', name: 'Social Worker', socialWorkerPqe3: true }),
];

const codes = (members: MemberFacts[], today = TODAY) => centralListWarnings(members, today).map((w) => w.code);

describe('central list warnings', () => {
  it('raises nothing for a compliant list with nothing due', () => {
    expect(centralListWarnings(compliantList, TODAY)).toEqual([]);
  });

  it('raises every list-level problem for an empty list', () => {
    expect(codes([])).toEqual(['NO_INDEPENDENT_CHAIR', 'NO_QUALIFIED_SOCIAL_WORKER', 'NO_VICE_CHAIR']);
  });

  it('needs the chair to be independent', () => {
    const list = compliantList.map((m) => (m.listRole === 'chair' ? { ...m, independent: false } : m));
    expect(codes(list)).toEqual(['NO_INDEPENDENT_CHAIR']);
  });

  it('does not count a chair who has left', () => {
    const list = compliantList.map((m) => (m.listRole === 'chair' ? { ...m, status: 'left' as const } : m));
    expect(codes(list)).toEqual(['NO_INDEPENDENT_CHAIR']);
  });

  it('still counts a chair serving out their notice', () => {
    const list = compliantList.map((m) =>
      m.listRole === 'chair' ? { ...m, status: 'on_notice' as const, leavingDate: '2026-12-20' } : m,
    );
    expect(codes(list)).toEqual([]);
  });

  it('warns when the only qualified social worker leaves', () => {
    const list = compliantList.map((m) => (m.socialWorkerPqe3 ? { ...m, status: 'left' as const } : m));
    expect(codes(list)).toEqual(['NO_QUALIFIED_SOCIAL_WORKER']);
  });

  it('allows two vice chairs but not three', () => {
    const two = [...compliantList, member({ id: 'v2', listRole: 'vice_chair' })];
    expect(codes(two)).toEqual([]);
    const three = [...two, member({ id: 'v3', listRole: 'vice_chair' })];
    expect(codes(three)).toEqual(['TOO_MANY_VICE_CHAIRS']);
    expect(centralListWarnings(three, TODAY)[0]?.message).toContain('3 vice chairs');
  });

  describe('renewals at the edges of the 30-day window', () => {
    const withDbs = (due: string) => [...compliantList, member({ id: 'x', name: 'Ann Jones', dbsRenewalDue: due })];

    it('is quiet 31 days ahead', () => {
      expect(codes(withDbs('2026-12-24'))).toEqual([]);
    });

    it('is due exactly 30 days ahead', () => {
      const [warning] = centralListWarnings(withDbs('2026-12-23'), TODAY);
      expect(warning).toMatchObject({ code: 'DBS_DUE_SOON', severity: 'due', memberId: 'x', dueDate: '2026-12-23' });
      expect(warning?.message).toBe("Ann Jones's DBS check is due for renewal on 23 December 2026.");
    });

    it('is due, not overdue, on the day itself', () => {
      expect(codes(withDbs(TODAY))).toEqual(['DBS_DUE_SOON']);
    });

    it('is overdue the day after', () => {
      const [warning] = centralListWarnings(withDbs('2026-11-22'), TODAY);
      expect(warning).toMatchObject({ code: 'DBS_OVERDUE', severity: 'problem' });
      expect(warning?.message).toBe("Ann Jones's DBS check was due for renewal on 22 November 2026.");
    });

    it('covers appraisals and terms of appointment the same way', () => {
      const list = [
        ...compliantList,
        member({ id: 'a', nextAppraisalDue: '2026-11-01' }),
        member({ id: 'b', nextAppraisalDue: '2026-12-01' }),
        member({ id: 'c', termEndDate: '2026-10-31' }),
        member({ id: 'd', termEndDate: '2026-12-20' }),
      ];
      expect(codes(list)).toEqual(['APPRAISAL_OVERDUE', 'APPRAISAL_DUE_SOON', 'TERM_ENDED', 'TERM_ENDS_SOON']);
    });

    it('spans a year end', () => {
      expect(codes(withDbs('2027-01-01'), '2026-12-15')).toEqual(['DBS_DUE_SOON']);
      expect(codes(withDbs('2026-12-31'), '2027-01-02')).toEqual(['DBS_OVERDUE']);
    });
  });

  it('ignores renewals of members who have left', () => {
    const list = [...compliantList, member({ id: 'gone', status: 'left', dbsRenewalDue: '2020-01-01' })];
    expect(codes(list)).toEqual([]);
  });

  it('asks for the leaving to be recorded once the notice period has ended', () => {
    const onNotice = member({ id: 'n', name: 'Bob', status: 'on_notice', leavingDate: '2026-11-22' });
    expect(codes([...compliantList, onNotice])).toEqual(['LEAVING_DATE_PASSED']);
    expect(codes([...compliantList, { ...onNotice, leavingDate: TODAY }])).toEqual([]);
  });
});
