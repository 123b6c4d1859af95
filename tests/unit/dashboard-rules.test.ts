import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS, statutoryClocks } from '../../shared/domain/calendar/statutory-clocks';
import { defaultCalendar } from '../../shared/domain/calendar/working-days';
import type {
  CaseFacts,
  DashboardFacts,
  HouseholdFacts,
  SittingFacts,
} from '../../shared/domain/dashboard/dashboard-facts';
import { dueEntries, type DueOptions } from '../../shared/domain/dashboard/due-entries';
import { memberFacts as member } from '../factories/members';

function facts(parts: Partial<DashboardFacts> = {}): DashboardFacts {
  return { sittings: [], cases: [], households: [], resignations: [], members: [], ...parts };
}

function sitting(overrides: Partial<SittingFacts> = {}): SittingFacts {
  return { id: 's1', date: '2027-01-05', status: 'planned', presiderMemberId: null, referralsWaiting: 0, ...overrides };
}

function adminCase(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    itemId: 'i1',
    itemType: 'approval_mainstream',
    householdReference: 'HH-101',
    state: 'awaiting',
    minutesReceivedOn: '2026-12-23',
    admUserId: 'adm-1',
    windowEnds: null,
    route: null,
    irmPapersDue: null,
    irmRecommendationOn: null,
    representationsSentOn: null,
    ...overrides,
  };
}

function household(overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    id: 'h1',
    reference: 'HH-101',
    status: 'applicant',
    applicationReceivedDate: null,
    approvalDate: null,
    temporaryApprovalDate: null,
    extendedTo: null,
    extensionAwaiting: null,
    recordedOn: '2020-01-01',
    lastFirstReviewOn: null,
    applicationRecommended: false,
    ...overrides,
  };
}

/** The one entry the facts give on `today`, or null when none shows. */
function only(given: DashboardFacts, today: string, options: DueOptions = {}) {
  const entries = dueEntries(given, today, options);
  expect(entries.length).toBeLessThanOrEqual(1);
  return entries[0] ?? null;
}

describe('papers to members (5th working day before the sitting)', () => {
  // domain.md: sitting Tue 5 Jan 2027, papers due Thu 24 Dec 2026.
  const planned = facts({ sittings: [sitting()] });

  it('is due on 24 December 2026 for the sitting on 5 January 2027, and due today on that day', () => {
    expect(only(planned, '2026-12-24')).toEqual({
      id: 'papers:s1',
      kind: 'papers',
      title: 'Send the papers to members',
      subject: 'Sitting on 5 January 2027',
      dueDate: '2026-12-24',
      daysLeft: 0,
      overdue: false,
      whoActs: 'administrator',
      link: '/sittings/s1',
    });
  });

  it('is overdue by a day the day after', () => {
    expect(only(planned, '2026-12-25')).toMatchObject({ daysLeft: -1, overdue: true });
  });

  it('appears when it comes within the window and not a day before', () => {
    expect(only(planned, '2026-11-26')).toMatchObject({ daysLeft: 28, overdue: false });
    expect(only(planned, '2026-11-25')).toBeNull();
    expect(only(planned, '2026-11-25', { withinDays: 29 })).toMatchObject({ daysLeft: 29 });
  });

  it('goes once the papers are sent, the sitting is cancelled or its day has passed', () => {
    expect(only(facts({ sittings: [sitting({ status: 'papers_sent' })] }), '2026-12-25')).toBeNull();
    expect(only(facts({ sittings: [sitting({ status: 'cancelled' })] }), '2026-12-25')).toBeNull();
    expect(only(planned, '2027-01-05')).toMatchObject({ overdue: true });
    // After its day the papers no longer matter: the sitting must be recorded as held or cancelled (below).
    expect(only(planned, '2027-01-06')).toMatchObject({ kind: 'record_sitting' });
  });

  it('follows the service’s own clocks', () => {
    const calendar = defaultCalendar;
    const clocks = statutoryClocks(calendar, { ...DEFAULT_CLOCKS, papersWorkingDaysBefore: 3 });
    expect(only(planned, '2026-12-10', { clocks, calendar })?.dueDate).toBe('2026-12-30');
  });
});

describe('a sitting whose day passed without being recorded as held or cancelled', () => {
  it('asks the administrator, from the day after, to record what happened, until it is held or cancelled', () => {
    for (const status of ['planned', 'papers_sent'] as const) {
      const given = facts({ sittings: [sitting({ status })] });
      expect(only(given, '2027-01-06')).toEqual({
        id: 'record_sitting:s1',
        kind: 'record_sitting',
        title: 'Record what happened at the sitting on 5 January 2027',
        subject: 'Sitting on 5 January 2027',
        dueDate: '2027-01-06',
        daysLeft: 0,
        overdue: false,
        whoActs: 'administrator',
        link: '/sittings/s1',
      });
      expect(only(given, '2027-03-01')).toMatchObject({ kind: 'record_sitting', overdue: true });
    }
    expect(only(facts({ sittings: [sitting({ status: 'papers_sent' })] }), '2027-01-05')).toBeNull();
    expect(only(facts({ sittings: [sitting({ status: 'cancelled' })] }), '2027-01-06')).toBeNull();
    expect(only(facts({ sittings: [sitting({ status: 'held' })] }), '2027-01-06')).toMatchObject({ kind: 'minutes' });
  });

  it('is the administrator’s, not the chair’s or the ADM’s', () => {
    const given = facts({ sittings: [sitting()] });
    expect(only(given, '2027-01-06', { viewer: { roles: ['chair'], userId: 'u1', memberId: 'm1' } })).toBeNull();
    expect(only(given, '2027-01-06', { whoActs: 'administrator' })).toMatchObject({ kind: 'record_sitting' });
  });
});

describe('minutes after a held sitting (local target: 10 working days)', () => {
  const held = (overrides: Partial<SittingFacts>) =>
    facts({ sittings: [sitting({ date: '2026-11-23', status: 'held', presiderMemberId: 'chair-m', ...overrides })] });

  it('asks the administrator to draft, the chair to approve and the administrator to send to the ADM', () => {
    expect(only(held({}), '2026-11-23')).toMatchObject({
      kind: 'minutes',
      title: 'Draft the minutes',
      whoActs: 'administrator',
      dueDate: '2026-12-07',
      link: '/sittings/s1/minutes',
    });
    expect(only(held({ status: 'minutes_drafted' }), '2026-11-23')).toMatchObject({
      title: 'Approve the minutes',
      whoActs: 'chair',
    });
    expect(only(held({ status: 'minutes_approved', referralsWaiting: 2 }), '2026-11-23')).toMatchObject({
      title: 'Send the approved minutes to the ADM (2 items)',
      whoActs: 'administrator',
    });
  });

  it('is done when nothing waits to go to the ADM', () => {
    expect(only(held({ status: 'minutes_approved', referralsWaiting: 0 }), '2026-11-23')).toBeNull();
    expect(only(held({ status: 'sent_to_adm' }), '2026-11-23')).toBeNull();
  });

  it('is due on the 10th working day and overdue after it', () => {
    expect(only(held({}), '2026-12-07')).toMatchObject({ daysLeft: 0, overdue: false });
    expect(only(held({}), '2026-12-08')).toMatchObject({ daysLeft: -1, overdue: true });
  });
});

describe('ADM decisions (7 working days; the day of receipt is day 0)', () => {
  // domain.md: the ADM receives final minutes Wed 23 Dec 2026; decision due Wed 6 Jan 2027.
  it('is due on 6 January 2027 and overdue on 7 January', () => {
    const waiting = facts({ cases: [adminCase()] });
    expect(only(waiting, '2027-01-06')).toMatchObject({
      kind: 'adm_decision',
      title: 'Decide: Approval (mainstream)',
      subject: 'HH-101',
      dueDate: '2027-01-06',
      daysLeft: 0,
      overdue: false,
      whoActs: 'adm',
      link: '/decisions/i1',
    });
    expect(only(waiting, '2027-01-07')).toMatchObject({ daysLeft: -1, overdue: true });
  });

  it('keeps running while more information is asked for, and goes once decided', () => {
    expect(only(facts({ cases: [adminCase({ state: 'information_requested' })] }), '2027-01-07')).toMatchObject({
      title: 'Decide: Approval (mainstream) (more information requested)',
      overdue: true,
    });
    expect(only(facts({ cases: [adminCase({ state: 'decided' })] }), '2027-01-07')).toBeNull();
    expect(only(facts({ cases: [adminCase({ state: 'final' })] }), '2027-01-07')).toBeNull();
  });
});

describe('qualifying determinations: the 28-day window, IRM papers and the final decision', () => {
  const qualifying = (overrides: Partial<CaseFacts>) =>
    facts({ cases: [adminCase({ state: 'qualifying', windowEnds: '2026-12-10', ...overrides })] });

  it('shows the window closing up to its last day, then the final decision due 7 working days after', () => {
    expect(only(qualifying({}), '2026-12-10')).toMatchObject({
      kind: 'representations_window',
      dueDate: '2026-12-10',
      daysLeft: 0,
      overdue: false,
      whoActs: 'administrator',
    });
    expect(only(qualifying({}), '2026-12-11')).toMatchObject({
      kind: 'final_decision',
      dueDate: '2026-12-21',
      whoActs: 'adm',
      overdue: false,
    });
    expect(only(qualifying({}), '2026-12-22')).toMatchObject({ kind: 'final_decision', overdue: true });
  });

  it('has no window until the letter is dated', () => {
    expect(only(qualifying({ windowEnds: null }), '2026-12-01')).toBeNull();
  });

  it('shows the agency’s papers to the IRM up to their due day (10 working days)', () => {
    const irm = qualifying({ route: 'irm', irmPapersDue: '2026-12-07' });
    expect(only(irm, '2026-12-07')).toMatchObject({ kind: 'irm_papers', daysLeft: 0, whoActs: 'administrator' });
    expect(only(irm, '2026-12-08')).toBeNull();
  });

  it('asks for the final decision once the IRM panel or the panel on the representations has spoken', () => {
    expect(
      only(qualifying({ route: 'irm', irmPapersDue: '2026-12-07', irmRecommendationOn: '2027-02-01' }), '2027-02-01'),
    ).toMatchObject({ kind: 'final_decision', dueDate: '2027-02-10' });
    expect(only(qualifying({ route: 'representations' }), '2027-02-01')).toBeNull();
    expect(
      only(qualifying({ route: 'representations', representationsSentOn: '2027-02-01' }), '2027-02-01'),
    ).toMatchObject({ kind: 'final_decision', dueDate: '2027-02-10' });
  });
});

describe('temporary approval (CPPCR reg 24) and its extension (reg 25)', () => {
  // domain.md: from Mon 2 Mar 2026, ends Sun 21 Jun 2026; with a full 8-week extension, Sun 16 Aug 2026.
  const kin = (overrides: Partial<HouseholdFacts>) =>
    facts({ households: [household({ temporaryApprovalDate: '2026-03-02', ...overrides })] });

  it('ends on 21 June 2026 and is overdue the day after', () => {
    expect(only(kin({}), '2026-06-21')).toMatchObject({
      kind: 'temporary_approval',
      dueDate: '2026-06-21',
      daysLeft: 0,
      overdue: false,
      whoActs: 'administrator',
      link: '/households/h1',
    });
    expect(only(kin({}), '2026-06-22')).toMatchObject({ overdue: true, daysLeft: -1 });
    expect(only(kin({}), '2026-05-24')).toMatchObject({ daysLeft: 28 });
    expect(only(kin({}), '2026-05-23')).toBeNull();
  });

  it('waits on the nominated officer once the panel has given its views on an extension', () => {
    expect(only(kin({ extensionAwaiting: { sittingId: 's9', itemId: 'i9' } }), '2026-06-01')).toMatchObject({
      whoActs: 'nominated_officer',
      link: '/sittings/s9/items/i9',
    });
  });

  it('once extended, ends on the new date: 16 August 2026 for a full 8 weeks', () => {
    const extended = kin({ extendedTo: '2026-08-16' });
    expect(only(extended, '2026-06-22')).toBeNull();
    expect(only(extended, '2026-08-16')).toMatchObject({ kind: 'extension', dueDate: '2026-08-16', overdue: false });
    expect(only(extended, '2026-08-17')).toMatchObject({ kind: 'extension', overdue: true });
  });

  it('stops once the household is approved, refused or withdrawn', () => {
    for (const status of ['approved', 'refused', 'withdrawn'] as const) {
      expect(only(kin({ status }), '2026-06-22')).toBeNull();
    }
  });
});

describe('first reviews (12 months beginning with the approval date)', () => {
  const approved = (overrides: Partial<HouseholdFacts>) =>
    facts({ households: [household({ status: 'approved', approvalDate: '2025-12-01', ...overrides })] });

  it('is due on 30 November 2026 for approval on 1 December 2025', () => {
    expect(only(approved({}), '2026-11-30')).toMatchObject({ kind: 'first_review', daysLeft: 0, overdue: false });
    expect(only(approved({}), '2026-12-01')).toMatchObject({ overdue: true });
  });

  it('goes once the panel has heard a first review since the approval', () => {
    expect(only(approved({ lastFirstReviewOn: '2026-11-10' }), '2026-12-01')).toBeNull();
    expect(only(approved({ lastFirstReviewOn: '2025-06-01' }), '2026-12-01')).toMatchObject({ overdue: true });
  });

  it('is not invented for a carer brought in already approved after their first review fell due', () => {
    expect(only(approved({ approvalDate: '2019-05-01', recordedOn: '2026-01-10' }), '2026-12-01')).toBeNull();
    expect(only(approved({ approvalDate: '2025-12-01', recordedOn: '2026-01-10' }), '2026-12-01')).toMatchObject({
      kind: 'first_review',
      overdue: true,
    });
  });
});

describe('applications (a recommendation within 8 months)', () => {
  const applicant = (overrides: Partial<HouseholdFacts>) =>
    facts({ households: [household({ applicationReceivedDate: '2026-04-01', ...overrides })] });

  it('is due on 30 November 2026 for an application received on 1 April 2026', () => {
    expect(only(applicant({}), '2026-11-02')).toMatchObject({ kind: 'application', daysLeft: 28 });
    expect(only(applicant({}), '2026-11-01')).toBeNull();
    expect(only(applicant({}), '2026-12-01')).toMatchObject({ overdue: true, daysLeft: -1 });
  });

  it('goes once the panel has recommended, or the applicant is no longer one', () => {
    expect(only(applicant({ applicationRecommended: true }), '2026-12-01')).toBeNull();
    expect(only(applicant({ status: 'withdrawn' }), '2026-12-01')).toBeNull();
  });
});

describe('resignations (approval ends 28 days after the notice)', () => {
  const resigned = facts({ resignations: [{ householdId: 'h1', reference: 'HH-101', approvalEnds: '2026-12-21' }] });

  it('shows until the day approval ends, never as overdue', () => {
    expect(only(resigned, '2026-12-21')).toMatchObject({ kind: 'resignation', daysLeft: 0, overdue: false });
    expect(only(resigned, '2026-12-22')).toBeNull();
  });
});

describe('central-list renewals (from the compliance rules)', () => {
  const list = facts({
    members: [
      member({ dbsRenewalDue: '2026-12-01', nextAppraisalDue: '2026-11-20', termEndDate: '2027-06-30' }),
      member({ id: 'gone', name: 'Left Member', status: 'left', dbsRenewalDue: '2026-01-01' }),
    ],
  });

  it('files DBS renewals, appraisals and terms by their due dates, for serving members only', () => {
    const entries = dueEntries(list, '2026-11-23');
    expect(entries.map((e) => [e.kind, e.dueDate, e.overdue, e.subject, e.link])).toEqual([
      ['appraisal', '2026-11-20', true, 'Helen Turner', '/members/m1'],
      ['dbs_renewal', '2026-12-01', false, 'Helen Turner', '/members/m1'],
    ]);
    expect(dueEntries(list, '2026-11-23', { withinDays: 365 }).map((e) => e.kind)).toContain('term_renewal');
    expect(dueEntries(list, '2026-11-23', { withinDays: 7 }).map((e) => e.kind)).toEqual(['appraisal']);
  });

  it('asks for leaving to be recorded once the notice has run out', () => {
    const onNotice = facts({ members: [member({ status: 'on_notice', leavingDate: '2026-11-20' })] });
    expect(only(onNotice, '2026-11-23')).toMatchObject({ kind: 'member_leaving', overdue: true });
  });
});

describe('the list as a whole', () => {
  const everything = facts({
    sittings: [
      sitting({ id: 'held', date: '2026-11-10', status: 'minutes_drafted', presiderMemberId: 'chair-m' }),
      sitting({ id: 'other', date: '2026-11-12', status: 'minutes_drafted', presiderMemberId: 'vice-m' }),
      sitting({ id: 'next', date: '2026-12-08' }),
    ],
    cases: [
      adminCase({ itemId: 'mine', minutesReceivedOn: '2026-11-12', admUserId: 'adm-1' }),
      adminCase({ itemId: 'theirs', minutesReceivedOn: '2026-11-20', admUserId: 'adm-2' }),
    ],
    households: [
      household({ temporaryApprovalDate: '2026-07-27', extensionAwaiting: { sittingId: 'x', itemId: 'y' } }),
    ],
  });

  it('puts overdue entries first (longest overdue first), then the rest by due date', () => {
    const entries = dueEntries(everything, '2026-11-26');
    expect(entries.map((e) => [e.id, e.overdue])).toEqual([
      ['temporary_approval:h1', true],
      ['adm_decision:mine', true],
      ['minutes:held', true],
      ['minutes:other', false],
      ['papers:next', false],
      ['adm_decision:theirs', false],
    ]);
  });

  it('filters by kind and by who must act', () => {
    const today = '2026-11-26';
    expect(dueEntries(everything, today, { kinds: ['papers'] }).map((e) => e.id)).toEqual(['papers:next']);
    expect(dueEntries(everything, today, { whoActs: 'nominated_officer' }).map((e) => e.id)).toEqual([
      'temporary_approval:h1',
    ]);
  });

  it('shows a chair, an ADM or a nominated officer only what they themselves must do', () => {
    const today = '2026-11-26';
    const ids = (roles: string[], userId: string | null, memberId: string | null) =>
      dueEntries(everything, today, { viewer: { roles, userId, memberId } }).map((e) => e.id);
    expect(ids(['administrator'], 'admin', null)).toHaveLength(6);
    expect(ids(['chair'], 'u-chair', 'chair-m')).toEqual(['minutes:held']);
    expect(ids(['chair'], 'u-nobody', null)).toEqual([]);
    expect(ids(['adm'], 'adm-1', null)).toEqual(['adm_decision:mine']);
    expect(ids(['nominated_officer'], 'no-1', null)).toEqual(['temporary_approval:h1']);
    expect(ids(['adm', 'nominated_officer'], 'adm-2', null)).toEqual(['temporary_approval:h1', 'adm_decision:theirs']);
  });

  it('puts the signed-in person’s own entries first, each part by urgency, then everyone else’s (issue 19)', () => {
    const today = '2026-11-26';
    const listed = (roles: string[], userId: string | null, memberId: string | null) =>
      dueEntries(everything, today, { viewer: { roles, userId, memberId } }).map((e) => [e.id, e.mine]);
    // An administrator who is also an ADM: their own case and the administrator's papers, then the chairs',
    // the nominated officer's and the other ADM's.
    expect(listed(['administrator', 'adm'], 'adm-1', null)).toEqual([
      ['adm_decision:mine', true],
      ['papers:next', true],
      ['temporary_approval:h1', false],
      ['minutes:held', false],
      ['minutes:other', false],
      ['adm_decision:theirs', false],
    ]);
    expect(listed(['chair'], 'u-chair', 'chair-m')).toEqual([['minutes:held', true]]);
  });
});
