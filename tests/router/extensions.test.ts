import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueEntry } from '../../shared/schemas/dashboard';
import type { DecisionCaseView, ExtensionView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { movableClock } from '../factories/clock';
import { householdInput } from '../factories/households';
import { IRM_CONTACT } from '../factories/letter-views';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending, settingsVersion } from '../factories/versions';

const CHAIR = windowSender(31);
const ADM = windowSender(32);
const OFFICER = windowSender(33);
const DAY = 24 * 60 * 60 * 1000;
const UNANIMOUS = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };

/**
 * CPPCR reg 25: a connected person's temporary approval (from 7 September
 * 2026, so ending 27 December 2026) with an application the panel found not
 * suitable, two extension items the panel gave views on, and the ADM's
 * qualifying determination not to approve.
 */
describe('extensions of temporary approval (CPPCR reg 25)', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;
  let kin: Household;
  let approvalItem: string;
  let firstExtension: string;
  let secondExtension: string;

  const dashboard = () =>
    panel.as<{ entries: DueEntry[] }>('dashboard:due', { withinDays: 366 }).then((d) => d.entries);
  const approve = (itemId: string, extra: Record<string, unknown>) =>
    ({ itemId, decidedOn: '2026-11-23', iroToldOn: '2026-11-23', ...extra }) as const;

  beforeEach(async () => {
    clock = movableClock();
    panel = await openPanelSitting({ clock });
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
    panel.userFor(null, 'Nina Officer', ['nominated_officer'], OFFICER, 'officer-user');
    // The qualifying determination's letter cannot be dated until the IRM's details are entered.
    await panel.as('settings:update', { version: await settingsVersion(panel.as), irmContact: IRM_CONTACT });
    kin = await panel.as<Household>(
      'households:create',
      householdInput({ householdType: 'connected_person', temporaryApprovalDate: '2026-09-07' }),
    );
    let sitting: SittingDetail = panel.sitting;
    for (const itemType of [
      'approval_connected_person',
      'temporary_approval_extension',
      'temporary_approval_extension',
    ]) {
      sitting = await panel.as<SittingDetail>('items:add', {
        sittingId: sitting.id,
        householdId: kin.id,
        itemType,
        durationMinutes: 20,
      });
    }
    [approvalItem, firstExtension, secondExtension] = sitting.items.slice(2).map((i) => i.id) as [
      string,
      string,
      string,
    ];
    await panel.as('recommendations:record', panel.approval(), CHAIR);
    await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId: approvalItem,
        outcome: 'not_suitable',
        reasons: 'Not able to meet the child’s needs.',
        ...UNANIMOUS,
      }),
      CHAIR,
    );
    for (const itemId of [firstExtension, secondExtension]) {
      await panel.as(
        'recommendations:record',
        await recommending(panel.as, {
          itemId,
          outcome: 'views_for',
          reasons: 'The child is settled; keep the placement.',
          ...UNANIMOUS,
        }),
        CHAIR,
      );
    }
    await panel.markHeld();
    const saved = await panel.as<MinutesView>('minutes:save', { sittingId: sitting.id, version: 0, notes: {} });
    const approved = await panel.as<MinutesView>(
      'minutes:approve',
      { sittingId: sitting.id, versionNumber: saved.versions[0]?.number },
      CHAIR,
    );
    await panel.as('minutes:sendToAdm', {
      sittingId: sitting.id,
      version: approved.version,
      itemIds: [approvalItem],
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
  });
  afterEach(() => panel.backend.dispose());

  /** The ADM's qualifying determination, its letter dated, and (optionally) the IRM application. */
  async function determination(route: 'irm' | null): Promise<DecisionCaseView> {
    let view = await panel.as<DecisionCaseView>('decisions:get', { itemId: approvalItem }, ADM);
    view = await panel.as<DecisionCaseView>(
      'decisions:decide',
      { itemId: approvalItem, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
    view = await panel.as<DecisionCaseView>('decisions:recordLetterDate', {
      itemId: approvalItem,
      version: view.case.version,
      letterDate: '2026-11-23',
    });
    if (!route) return view;
    return panel.as<DecisionCaseView>('decisions:recordRoute', {
      itemId: approvalItem,
      version: view.case.version,
      route,
      receivedOn: '2026-11-23',
    });
  }

  it('refuses a second ordinary extension with a message naming the IRM route', async () => {
    await panel.as('extensions:approve', approve(firstExtension, { newEndDate: '2027-01-24' }), OFFICER);
    const refusal = await panel.refused(
      'extensions:approve',
      approve(secondExtension, { newEndDate: '2027-02-21' }),
      OFFICER,
    );
    expect(refusal).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(refusal?.message).toContain('already extended once, to 24 January 2027');
    expect(refusal?.message).toContain('Independent Review Mechanism');
    // Without an IRM application there is no extension until its outcome either.
    expect(await panel.refused('extensions:approve', approve(secondExtension, { kind: 'irm' }), OFFICER)).toMatchObject(
      { message: expect.stringContaining('has not applied to the Independent Review Mechanism') },
    );
  });

  it('after an ordinary extension, extends until the IRM outcome: open on the dashboard until the final decision', async () => {
    await panel.as('extensions:approve', approve(firstExtension, { newEndDate: '2027-01-24' }), OFFICER);
    let decision = await determination('irm');
    // The panel's views on the further extension wait for the nominated officer, on their dashboard.
    const waiting = await panel.as<{ entries: DueEntry[] }>('dashboard:due', { withinDays: 366 }, OFFICER);
    expect(waiting.entries).toMatchObject([
      {
        kind: 'extension',
        whoActs: 'nominated_officer',
        dueDate: '2027-01-24',
        link: expect.stringContaining(secondExtension),
      },
    ]);
    const view = await panel.as<ExtensionView>(
      'extensions:approve',
      approve(secondExtension, { kind: 'irm', iroToldOn: '2026-11-20' }),
      OFFICER,
    );
    expect(view.extension).toMatchObject({
      kind: 'irm',
      previousEnd: '2027-01-24',
      newEnd: null,
      iroToldOn: '2026-11-20',
      endedOn: null,
      decidedByName: 'Nina Officer',
    });
    expect(view.irmCase?.itemId).toBe(approvalItem);
    // Well past both the 16 weeks and the 8-week extension, the approval still runs.
    clock.advance(90 * DAY);
    panel.wake();
    let entries = await dashboard();
    const open = entries.find((e) => e.id === `extension:${kin.id}`);
    expect(open).toMatchObject({
      kind: 'extension',
      overdue: false,
      title: expect.stringContaining('until the IRM outcome'),
      link: `/decisions/${approvalItem}`,
    });
    expect(entries.find((e) => e.id === `temporary_approval:${kin.id}`)).toBeUndefined();
    // The ADM's final decision after the IRM recommendation ends it.
    decision = await panel.as<DecisionCaseView>('decisions:recordIrmRecommendation', {
      itemId: approvalItem,
      version: decision.case.version,
      recommendation: 'The IRM panel recommends approval.',
      receivedOn: '2027-02-15',
    });
    await panel.as(
      'decisions:finalise',
      {
        itemId: approvalItem,
        version: decision.case.version,
        decisionCode: 'not_approve',
        reasons: 'Having considered the IRM panel’s recommendation, the concerns remain.',
        decidedOn: '2027-02-19',
        irmConsidered: true,
        irmDeparts: true,
        irmDepartureReasons: 'The IRM panel did not have the latest police information about the household.',
      },
      ADM,
    );
    entries = await dashboard();
    expect(entries.find((e) => e.id === `extension:${kin.id}`)).toBeUndefined();
    const after = await panel.as<ExtensionView>('extensions:get', { itemId: secondExtension });
    expect(after.extension?.endedOn).toBe('2027-02-19');
  });

  it('refuses an extension decided after the current approval ended, giving the date it ended', async () => {
    await determination('irm');
    clock.advance(40 * DAY);
    panel.wake();
    const refusal = await panel.refused(
      'extensions:approve',
      approve(firstExtension, { kind: 'irm', decidedOn: '2026-12-28', iroToldOn: '2026-12-28' }),
      OFFICER,
    );
    expect(refusal).toMatchObject({
      fieldErrors: { decidedOn: expect.stringContaining('ended on 27 December 2026') },
    });
    // Decided on the last day is in time.
    const view = await panel.as<ExtensionView>(
      'extensions:approve',
      approve(firstExtension, { kind: 'irm', decidedOn: '2026-12-27', iroToldOn: '2026-12-28' }),
      OFFICER,
    );
    expect(view.extension).toMatchObject({ kind: 'irm', previousEnd: '2026-12-27', newEnd: null });
  });
});
