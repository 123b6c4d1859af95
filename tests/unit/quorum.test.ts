import { describe, expect, it } from 'vitest';
import { assessQuorum, membersForItem, type Attendance, type PanelMember } from '../../shared/domain/sittings/quorum';

function member(memberId: string, overrides: Partial<PanelMember> = {}): PanelMember {
  return {
    memberId,
    name: memberId.toUpperCase(),
    listRole: 'member',
    independent: true,
    socialWorkerPqe3: false,
    ...overrides,
  };
}

const chair = member('chair', { listRole: 'chair' });
const vice = member('vice', { listRole: 'vice_chair', independent: false });
const sw = member('sw', { socialWorkerPqe3: true, independent: false });
const full: Attendance[] = [chair, vice, sw, member('m1'), member('m2')].map((m) => ({ member: m, status: 'present' }));

const rules = (attendance: Attendance[], position: number, presider: string | null, withdrew: string[] = []) =>
  assessQuorum(
    membersForItem(
      attendance,
      position,
      withdrew.map((memberId) => ({ memberId, withdrew: true })),
    ),
    presider,
  ).failures.map((f) => f.rule);

describe('quorum per item', () => {
  it('is quorate with five members, the chair presiding and a qualified social worker', () => {
    expect(assessQuorum(membersForItem(full, 1), 'chair')).toEqual({ quorate: true, membersCounted: 5, failures: [] });
  });

  it('counts a late arrival only from the item they arrived before', () => {
    const late = full.map((a) => (a.member.memberId === 'm2' ? { ...a, arrivedBeforeItem: 3 } : a));
    expect(rules(late, 2, 'chair')).toEqual(['MINIMUM_MEMBERS']);
    expect(rules(late, 3, 'chair')).toEqual([]);
  });

  it('stops counting an early leaver after the item they left after', () => {
    const early = full.map((a) => (a.member.memberId === 'sw' ? { ...a, leftAfterItem: 2 } : a));
    expect(rules(early, 2, 'chair')).toEqual([]);
    expect(rules(early, 3, 'chair')).toEqual(['MINIMUM_MEMBERS', 'QUALIFIED_SOCIAL_WORKER']);
  });

  it('does not count a member who withdrew for the item, which can reduce it below quorum', () => {
    expect(rules(full, 1, 'chair', ['m1'])).toEqual(['MINIMUM_MEMBERS']);
    const six = [...full, { member: member('m3'), status: 'present' as const }];
    expect(rules(six, 1, 'chair', ['m1'])).toEqual([]);
  });

  it('ignores apologies and absences', () => {
    const sent = full.map((a) => (a.member.memberId === 'm1' ? { ...a, status: 'apologies' as const } : a));
    expect(assessQuorum(membersForItem(sent, 1), 'chair').failures[0]?.message).toBe(
      'Only 4 members are present and not withdrawn for this item; at least 5 are needed.',
    );
  });

  it('needs the chair or a vice chair presiding', () => {
    expect(rules(full, 1, null)).toEqual(['PRESIDER']);
    expect(rules(full, 1, 'm1')).toEqual(['PRESIDER']);
  });

  it('needs another independent member when the presider is not independent', () => {
    const noOtherIndependent: Attendance[] = [
      vice,
      sw,
      member('a', { independent: false }),
      member('b', { independent: false }),
      member('c', { independent: false }),
    ].map((m) => ({ member: m, status: 'present' }));
    expect(rules(noOtherIndependent, 1, 'vice')).toEqual(['OTHER_INDEPENDENT']);
    expect(rules(full, 1, 'vice')).toEqual([]);
  });

  it('treats a presider who withdrew as not presiding', () => {
    expect(rules(full, 1, 'chair', ['chair'])).toEqual(['MINIMUM_MEMBERS', 'PRESIDER']);
  });

  it('lets the service switch parts of the rule off', () => {
    const counted = membersForItem(full.slice(0, 3), 1);
    expect(
      assessQuorum(counted, 'chair', {
        minimumMembers: 3,
        requireChairOrViceChairPresiding: true,
        requireQualifiedSocialWorker: false,
        requireOtherIndependentWhenPresiderNotIndependent: false,
      }).quorate,
    ).toBe(true);
  });
});
