import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueList } from '../../shared/schemas/dashboard';
import type { HouseholdResignation, ResignationView } from '../../shared/schemas/decision';
import type { Household, HouseholdSummary } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { movableClock } from '../factories/clock';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending } from '../factories/versions';

const CHAIR = windowSender(31);
const DAY = 24 * 60 * 60 * 1000;

/** Reg 28(13): approval ends 28 days after the written notice is received; the clock starts when it is recorded. */
describe('resignation notices recorded when they arrive', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;
  let carers: Household;

  const count = (sql: string) => (panel.backend.store.sqlite.prepare(sql).get() as { n: number }).n;

  beforeEach(async () => {
    clock = movableClock();
    panel = await openPanelSitting({ clock });
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    carers = await panel.approvedCarers('Mr and Mrs Retiring');
  });
  afterEach(() => panel.backend.dispose());

  it('starts the 28 days at once: dashboard entry, household shown resigning, approval ending on the day', async () => {
    const recorded = await panel.as<HouseholdResignation>('resignations:record', {
      householdId: carers.id,
      noticeReceivedOn: '2026-11-20',
      reason: 'retirement',
    });
    expect(recorded).toMatchObject({ noticeReceivedOn: '2026-11-20', approvalEnds: '2026-12-18', itemId: null });

    const household = await panel.as<Household>('households:get', { id: carers.id });
    expect(household).toMatchObject({ status: 'resigned', resignationApprovalEnds: '2026-12-18' });
    expect(household.history[0]).toMatchObject({ status: 'resigned', effectiveDate: '2026-12-18' });
    // Still among the current households (a resignation item can be added for panel to note) until approval ends.
    let current = await panel.as<HouseholdSummary[]>('households:list', { current: true });
    expect(current.find((h) => h.id === carers.id)).toMatchObject({ resignationApprovalEnds: '2026-12-18' });

    const due = await panel.as<DueList>('dashboard:due', { kinds: ['resignation'] });
    expect(due.entries.map((e) => [e.kind, e.subject, e.dueDate])).toEqual([
      ['resignation', carers.reference, '2026-12-18'],
    ]);
    expect(await panel.as('resignations:ofHousehold', { id: carers.id })).toMatchObject({ approvalEnds: '2026-12-18' });

    // A second notice is refused, naming the date approval ends.
    expect(
      await panel.refused('resignations:record', { householdId: carers.id, noticeReceivedOn: '2026-11-21' }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('18 December 2026') });

    // After the day, approval has ended: no longer current, no longer on the dashboard.
    clock.advance(26 * DAY);
    panel.wake();
    current = await panel.as<HouseholdSummary[]>('households:list', { current: true });
    expect(current.find((h) => h.id === carers.id)).toBeUndefined();
    expect((await panel.as<DueList>('dashboard:due', { kinds: ['resignation'] })).entries).toEqual([]);
  });

  it('lets the panel note it later, linking the item to the recorded notice instead of a second one', async () => {
    await panel.as('resignations:record', { householdId: carers.id, noticeReceivedOn: '2026-11-20' });
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: carers.id,
      itemType: 'resignation',
      durationMinutes: 10,
    });
    const itemId = sitting.items.at(-1)?.id ?? '';
    let view = await panel.as<ResignationView>('resignations:get', { itemId });
    expect(view).toMatchObject({ noticeReceivedOn: '2026-11-20', approvalEnds: '2026-12-18', linked: false });
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId,
        outcome: 'noted',
        reasons: 'Retiring.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
      }),
      CHAIR,
    );
    expect(await panel.refused('resignations:note', { itemId, noticeReceivedOn: '2026-11-19' })).toMatchObject({
      fieldErrors: { noticeReceivedOn: expect.stringContaining('20 November 2026') },
    });
    view = await panel.as<ResignationView>('resignations:note', { itemId, noticeReceivedOn: '2026-11-20' });
    expect(view).toMatchObject({ approvalEnds: '2026-12-18', linked: true });
    expect(count(`SELECT count(*) AS n FROM resignations`)).toBe(1);
    expect(count(`SELECT count(*) AS n FROM resignations WHERE item_id = '${itemId}'`)).toBe(1);
  });

  it('refuses a notice from a household that is not approved, or dated in the future', async () => {
    expect(
      await panel.refused('resignations:record', { householdId: panel.household.id, noticeReceivedOn: '2026-11-20' }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('not approved') });
    expect(
      await panel.refused('resignations:record', { householdId: carers.id, noticeReceivedOn: '2026-11-24' }),
    ).toMatchObject({ fieldErrors: { noticeReceivedOn: expect.any(String) } });
  });
});
