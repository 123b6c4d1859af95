import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueList } from '../../shared/schemas/dashboard';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { LOOPBACK } from '../factories/backend';
import { movableClock } from '../factories/clock';
import { householdInput } from '../factories/households';
import { memberInput } from '../factories/members';
import { openMinutedSitting } from '../factories/minuted-sitting';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { IRM_CONTACT } from '../factories/letter-views';
import { recommending, settingsVersion } from '../factories/versions';

const CHAIR = windowSender(41);
const VICE = windowSender(42);
const ADM = windowSender(43);
const OFFICER = windowSender(44);
const VIEWER = windowSender(45);
const DAY = 24 * 60 * 60 * 1000;

describe('the clocks dashboard', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;

  const due = (input: Record<string, unknown> = {}, sender = LOOPBACK) =>
    panel.as<DueList>('dashboard:due', input, sender);
  /** kind, subject, due date and overdue, for each entry in order. */
  const rows = (list: DueList) => list.entries.map((e) => [e.kind, e.subject, e.dueDate, e.overdue]);
  /** Moves the clock on and unlocks the windows its idle lock closed. */
  const advance = (days: number) => {
    clock.advance(days * DAY);
    panel.wake();
  };

  beforeEach(async () => {
    clock = movableClock();
    panel = await openPanelSitting({ clock });
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    panel.userFor(panel.ids.vice, 'David Okafor', ['chair'], VICE, 'vice-user');
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
    panel.userFor(null, 'Nina Officer', ['nominated_officer'], OFFICER, 'officer-user');
    panel.userFor(null, 'Vic Viewer', ['viewer'], VIEWER, 'viewer-user');
  });
  afterEach(() => panel.backend.dispose());

  it('follows a household from its application to the ADM’s decision and its resignation, as records change and the clock moves', async () => {
    const { household, sitting } = panel;
    const today = 'Sitting on 23 November 2026';
    // Monday 23 November 2026: the sitting is today with no papers sent; the application is 8 months old on 30 November.
    let list = await due();
    expect(list).toMatchObject({ today: '2026-11-23', withinDays: 28 });
    expect(rows(list)).toEqual([
      ['papers', today, '2026-11-16', true],
      ['application', household.reference, '2026-11-30', false],
    ]);
    expect(list.entries[0]).toMatchObject({ daysLeft: -7, whoActs: 'administrator', link: `/sittings/${sitting.id}` });
    expect(list.entries[1]).toMatchObject({ daysLeft: 7, link: `/households/${household.id}` });

    // The panel recommends: the application's clock stops.
    await panel.as('recommendations:record', panel.approval(), CHAIR);
    await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
    expect(rows(await due())).toEqual([['papers', today, '2026-11-16', true]]);

    // Held: papers no longer matter; the minutes are due within 10 working days.
    await panel.markHeld();
    expect(rows(await due())).toEqual([['minutes', today, '2026-12-07', false]]);
    expect((await due()).entries[0]).toMatchObject({
      title: 'Draft the minutes',
      link: `/sittings/${sitting.id}/minutes`,
    });

    // Drafted: the presiding chair must approve; only she sees it among the chairs, and no ADM does.
    const saved = await panel.as<MinutesView>('minutes:save', { sittingId: sitting.id, version: 0, notes: {} });
    expect((await due({}, CHAIR)).entries.map((e) => [e.title, e.whoActs])).toEqual([['Approve the minutes', 'chair']]);
    expect((await due({}, VICE)).entries).toEqual([]);
    expect((await due({}, ADM)).entries).toEqual([]);

    // Approved: the administrator sends the one referred item (a resignation is only noted).
    const approved = await panel.as<MinutesView>(
      'minutes:approve',
      { sittingId: sitting.id, versionNumber: saved.versions[0]?.number },
      CHAIR,
    );
    expect((await due()).entries.map((e) => e.title)).toEqual(['Send the approved minutes to the ADM (1 item)']);
    expect((await due({}, CHAIR)).entries).toEqual([]);

    // Sent: the minutes entry goes and the ADM's 7 working days start (Wednesday 2 December).
    const approvalItem = sitting.items[0]?.id ?? '';
    await panel.as('minutes:sendToAdm', {
      sittingId: sitting.id,
      version: approved.version,
      itemIds: [approvalItem],
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
    list = await due();
    expect(rows(list)).toEqual([['adm_decision', household.reference, '2026-12-02', false]]);
    expect(list.entries[0]).toMatchObject({ whoActs: 'adm', link: `/decisions/${approvalItem}` });
    expect((await due({}, ADM)).entries.map((e) => e.kind)).toEqual(['adm_decision']);

    // Due on Wednesday 2 December; overdue by a day on Thursday 3 December.
    advance(9);
    expect((await due()).entries[0]).toMatchObject({ daysLeft: 0, overdue: false });
    advance(1);
    expect((await due()).entries[0]).toMatchObject({ kind: 'adm_decision', daysLeft: -1, overdue: true });

    // The ADM approves: the decision entry goes; the first review falls due in 12 months.
    const view = await panel.as<DecisionCaseView>('decisions:get', { itemId: approvalItem }, ADM);
    const decided = await panel.as<DecisionCaseView>(
      'decisions:decide',
      { itemId: approvalItem, version: view.case.version, verdict: 'agree', decidedOn: '2026-12-03' },
      ADM,
    );
    // The applicant is to be told: orally within 2 working days (the ADM), in writing within 5 (the letter).
    // The administrator's own entry (the letter) comes first, then the ADM's (issue 19).
    expect(rows(await due())).toEqual([
      ['tell_in_writing', household.reference, '2026-12-10', false],
      ['tell_orally', household.reference, '2026-12-07', false],
    ]);
    expect((await due()).entries.map((e) => e.mine)).toEqual([true, false]);
    expect((await due({}, ADM)).entries.map((e) => e.kind)).toEqual(['tell_orally']);
    await panel.as(
      'decisions:recordToldOrally',
      { itemId: approvalItem, version: decided.case.version, toldOn: '2026-12-03', toldByName: 'Priya Shah' },
      ADM,
    );
    expect((await due()).entries.map((e) => e.kind)).toEqual(['tell_in_writing']);
    await panel.as('documents:issue', {
      kind: 'letter-approval',
      subjectId: approvalItem,
    });
    expect((await due()).entries).toEqual([]);
    expect(rows(await due({ withinDays: 366, kinds: ['first_review', 'resignation'] }))).toEqual([
      ['first_review', household.reference, '2027-12-02', false],
    ]);

    // Then the carers resign: approval ends 28 days after the notice, and no first review is needed.
    await panel.as('resignations:note', { itemId: sitting.items[1]?.id, noticeReceivedOn: '2026-12-01' });
    expect(rows(await due({ withinDays: 366, kinds: ['first_review', 'resignation'] }))).toEqual([
      ['resignation', household.reference, '2026-12-29', false],
    ]);
    advance(26);
    expect((await due()).entries.map((e) => [e.kind, e.daysLeft])).toEqual([['resignation', 0]]);
    advance(1);
    expect((await due()).entries).toEqual([]);
  });

  it('runs a temporary approval to its end, hands the extension to the nominated officer, then watches the new end', async () => {
    // Temporary approval from Monday 10 August 2026: 16 weeks end on Sunday 29 November.
    const kin = await panel.as<Household>(
      'households:create',
      householdInput({
        householdType: 'connected_person',
        temporaryApprovalDate: '2026-08-10',
        applicationReceivedDate: '2026-08-10',
      }),
    );
    const temporary = (list: DueList) => list.entries.filter((e) => e.subject === kin.reference);
    expect(temporary(await due()).map((e) => [e.kind, e.dueDate, e.whoActs])).toEqual([
      ['temporary_approval', '2026-11-29', 'administrator'],
    ]);
    expect((await due({}, OFFICER)).entries).toEqual([]);

    // The panel gives its views on a reg 25 extension: now the nominated officer must act, from the item's page.
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: kin.id,
      itemType: 'temporary_approval_extension',
      durationMinutes: 20,
    });
    const extensionItem = sitting.items.find((i) => i.itemType === 'temporary_approval_extension')?.id ?? '';
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId: extensionItem,
        outcome: 'views_for',
        reasons: 'The viability assessment needs 6 more weeks.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
      }),
      CHAIR,
    );
    const waiting = (await due({}, OFFICER)).entries;
    expect(waiting).toMatchObject([
      {
        kind: 'temporary_approval',
        whoActs: 'nominated_officer',
        dueDate: '2026-11-29',
        link: `/sittings/${panel.sitting.id}/items/${extensionItem}`,
      },
    ]);

    // Overdue on Monday 30 November if nothing is done.
    advance(7);
    expect((await due({}, OFFICER)).entries[0]).toMatchObject({ overdue: true, daysLeft: -1 });

    // Extended by the full 8 weeks: the reg 24 entry goes; the new end shows when it comes within the window.
    await panel.as(
      'extensions:approve',
      // Decided on the last day of the temporary approval: an extension must be decided before it ends.
      { itemId: extensionItem, newEndDate: '2027-01-24', decidedOn: '2026-11-29', iroToldOn: '2026-11-30' },
      OFFICER,
    );
    expect(temporary(await due())).toEqual([]);
    expect(temporary(await due({ withinDays: 60 })).map((e) => [e.kind, e.dueDate])).toEqual([
      ['extension', '2027-01-24'],
    ]);
    expect((await due({}, OFFICER)).entries).toEqual([]);
    advance(56);
    expect(temporary(await due()).find((e) => e.kind === 'extension')).toMatchObject({ overdue: true, daysLeft: -1 });
  });

  it('filters by kind, by who must act and by how far ahead, and refuses a bad filter or a viewer', async () => {
    await panel.as('members:create', memberInput({ name: 'Ruth Agyei', dbsRenewalDue: '2026-12-20' }));
    expect((await due()).entries.map((e) => e.kind)).toEqual(['papers', 'application', 'dbs_renewal']);
    expect((await due({ kinds: ['dbs_renewal', 'papers'] })).entries.map((e) => e.kind)).toEqual([
      'papers',
      'dbs_renewal',
    ]);
    expect((await due({ whoActs: 'adm' })).entries).toEqual([]);
    expect((await due({ withinDays: 7 })).entries.map((e) => e.kind)).toEqual(['papers', 'application']);
    expect((await due({ withinDays: 0 })).entries.map((e) => e.kind)).toEqual(['papers']);
    expect(await panel.refused('dashboard:due', { withinDays: -1 })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await panel.refused('dashboard:due', { kinds: ['everything'] })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await panel.refused('dashboard:due', {}, VIEWER)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the clocks dashboard after a qualifying determination', () => {
  it('watches the 28-day window, then the IRM papers, then the final decision', async () => {
    // Minutes received on Monday 23 November 2026 (today) for the approval and the termination.
    const { panel, items, second } = await openMinutedSitting();
    const ADM_WINDOW = windowSender(32);
    try {
      const due = async () =>
        (
          await panel.as<DueList>('dashboard:due', {
            kinds: ['representations_window', 'irm_papers', 'final_decision'],
          })
        ).entries;
      let view = await panel.as<DecisionCaseView>('decisions:get', { itemId: items.terminationItem }, ADM_WINDOW);
      view = await panel.as<DecisionCaseView>(
        'decisions:decide',
        { itemId: items.terminationItem, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
        ADM_WINDOW,
      );
      expect(view.case.state).toBe('qualifying');
      expect(await due()).toEqual([]);

      await panel.as('settings:update', { version: await settingsVersion(panel.as), irmContact: IRM_CONTACT });
      view = await panel.as<DecisionCaseView>('decisions:recordLetterDate', {
        itemId: items.terminationItem,
        version: view.case.version,
        letterDate: '2026-11-23',
      });
      expect((await due()).map((e) => [e.kind, e.subject, e.dueDate, e.daysLeft, e.whoActs, e.link])).toEqual([
        [
          'representations_window',
          second.reference,
          '2026-12-21',
          28,
          'administrator',
          `/decisions/${items.terminationItem}`,
        ],
      ]);

      view = await panel.as<DecisionCaseView>('decisions:recordRoute', {
        itemId: items.terminationItem,
        version: view.case.version,
        route: 'irm',
        receivedOn: '2026-11-23',
      });
      expect((await due()).map((e) => [e.kind, e.dueDate, e.whoActs])).toEqual([
        ['irm_papers', '2026-12-07', 'administrator'],
      ]);

      await panel.as('decisions:recordIrmRecommendation', {
        itemId: items.terminationItem,
        version: view.case.version,
        recommendation: 'The IRM panel recommends that approval continues.',
        receivedOn: '2026-11-23',
      });
      expect((await due()).map((e) => [e.kind, e.dueDate, e.whoActs])).toEqual([
        ['final_decision', '2026-12-02', 'adm'],
      ]);
    } finally {
      panel.backend.dispose();
    }
  });
});
