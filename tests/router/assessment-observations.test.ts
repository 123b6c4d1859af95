import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueList } from '../../shared/schemas/dashboard';
import type { ItemView, SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot } from '../factories/backend';
import { openPanelSitting, type PanelSitting } from '../factories/panel-sitting';

const ALL_TICKED = { assessmentReport: true, statutoryChecks: true, references: true, medical: true, dbs: true };

/** FSR reg 26: the applicant has 10 working days from being given the assessment report to send observations. */
describe('the assessment report given to the applicant (FSR reg 26)', () => {
  let panel: PanelSitting;
  let item: ItemView;
  const update = (fields: Record<string, unknown>, current: ItemView = item) => ({
    id: current.id,
    version: current.version,
    title: null,
    durationMinutes: 60,
    papersReceivedDate: null,
    checklist: {},
    ...fields,
  });
  const approvalItem = (detail: SittingDetail) => {
    const found = detail.items.find((i) => i.itemType === 'approval_mainstream');
    if (!found) throw new Error('No approval item');
    return found;
  };

  beforeEach(async () => {
    panel = await openPanelSitting();
    item = approvalItem(panel.sitting);
  });
  afterEach(() => panel.backend.dispose());

  it('refuses to mark an application ready for panel before the report is given or its 10 working days pass', async () => {
    const before = databaseSnapshot(panel.backend);
    const notGiven = await panel.refused('items:update', update({ checklist: ALL_TICKED }));
    expect(notGiven?.fieldErrors?.checklist).toMatch(/Record the date the assessment report was given/);
    const waiting = await panel.refused(
      'items:update',
      update({ checklist: ALL_TICKED, reportGivenDate: '2026-11-16' }),
    );
    expect(waiting?.fieldErrors?.checklist).toBe(
      'The applicant has until 30 November 2026 to send observations on the assessment report (FSR reg 26). Mark the item ready for panel after then, or once their observations are received.',
    );
    expect(databaseSnapshot(panel.backend)).toBe(before);

    // Part of the checklist may be ticked while the applicant reads the report; the clock shows on the item.
    const given = approvalItem(
      await panel.as<SittingDetail>(
        'items:update',
        update({ checklist: { statutoryChecks: true }, reportGivenDate: '2026-11-16' }),
      ),
    );
    expect(given.observations).toEqual({
      reportGivenDate: '2026-11-16',
      observationsReceivedDate: null,
      windowEnds: '2026-11-30',
    });
    const due = await panel.as<DueList>('dashboard:due', { kinds: ['observations'] });
    expect(due.entries).toEqual([
      expect.objectContaining({
        kind: 'observations',
        dueDate: '2026-11-30',
        subject: panel.household.reference,
        link: `/sittings/${panel.sitting.id}/items/${item.id}`,
      }),
    ]);

    // Observations received: ready at once, and the dashboard entry goes.
    const ready = approvalItem(
      await panel.as<SittingDetail>(
        'items:update',
        update({ checklist: ALL_TICKED, observationsReceivedDate: '2026-11-20' }, given),
      ),
    );
    expect(ready.checklist.every((c) => c.done)).toBe(true);
    expect(ready.observations?.observationsReceivedDate).toBe('2026-11-20');
    expect((await panel.as<DueList>('dashboard:due', { kinds: ['observations'] })).entries).toEqual([]);
  });

  it('lets an application be ready once the 10 working days have passed', async () => {
    const ready = approvalItem(
      await panel.as<SittingDetail>('items:update', update({ checklist: ALL_TICKED, reportGivenDate: '2026-11-06' })),
    );
    expect(ready.observations?.windowEnds).toBe('2026-11-20');
    expect(ready.checklist.every((c) => c.done)).toBe(true);
  });

  it('checks the dates', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ reportGivenDate: '2026-11-24' }, 'reportGivenDate', /cannot be in the future/],
      [{ observationsReceivedDate: '2026-11-20' }, 'reportGivenDate', /before the date of the observations/],
      [
        { reportGivenDate: '2026-11-16', observationsReceivedDate: '2026-11-13' },
        'observationsReceivedDate',
        /given on 16 November 2026/,
      ],
    ];
    for (const [fields, field, message] of cases) {
      const error = await panel.refused('items:update', update(fields));
      expect(error?.fieldErrors?.[field], JSON.stringify(fields)).toMatch(message);
    }
    const resignation = panel.sitting.items.find((i) => i.itemType === 'resignation');
    if (!resignation) throw new Error('No resignation item');
    expect(resignation.observations).toBeNull();
    const notAnApplication = await panel.refused(
      'items:update',
      update({ reportGivenDate: '2026-11-16' }, resignation),
    );
    expect(notAnApplication?.fieldErrors?.reportGivenDate).toMatch(/Only applications for approval/);
  });
});
