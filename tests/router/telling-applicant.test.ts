import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportTables } from '../../shared/domain/reports/report-tables';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { AnnualReport } from '../../shared/schemas/report';
import type { movableClock } from '../factories/clock';
import { ADM, openDecidedCase } from '../factories/late-decision';
import type { PanelSitting } from '../factories/panel-sitting';

const DAY = 24 * 60 * 60 * 1000;

/** Locally: the applicant told the ADM's decision orally within 2 working days, in writing within 5. */
describe('telling the applicant the decision', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;
  let approvalItem: string;
  let decided: DecisionCaseView;

  beforeEach(async () => {
    // Monday 23 November: told orally by Wednesday 25th, in writing by Monday 30th.
    ({ panel, clock, approvalItem, decided } = await openDecidedCase({ daysLater: 0, decidedOn: '2026-11-23' }));
  });
  afterEach(() => panel.backend.dispose());

  const report = () => panel.as<AnnualReport>('reports:annual', { from: '2026-04-01', to: '2027-03-31' });

  it('records who told the applicant orally and when, on the decision', async () => {
    clock.advance(3 * DAY);
    panel.wake();
    const told = {
      itemId: approvalItem,
      version: decided.case.version,
      toldOn: '2026-11-26',
      toldByName: 'Sam Worker',
    };
    expect(await panel.refused('decisions:recordToldOrally', { ...told, toldOn: '2026-11-22' }, ADM)).toMatchObject({
      fieldErrors: { toldOn: expect.stringContaining('cannot be before the decision') },
    });
    const view = await panel.as<DecisionCaseView>('decisions:recordToldOrally', told, ADM);
    expect(view.case.decision?.toldOrally).toEqual({ on: '2026-11-26', byName: 'Sam Worker' });
    expect(
      await panel.refused('decisions:recordToldOrally', { ...told, version: view.case.version }, ADM),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('already recorded') });
  });

  it('counts telling on time, late and not yet in the annual report', async () => {
    expect((await report()).telling).toEqual({
      orally: { onTime: 0, late: 0, notYet: 1 },
      inWriting: { onTime: 0, late: 0, notYet: 1 },
    });
    // Told orally a day late (Thursday 26th); the letter issued in time (Friday 27th).
    clock.advance(4 * DAY);
    panel.wake();
    await panel.as(
      'decisions:recordToldOrally',
      { itemId: approvalItem, version: decided.case.version, toldOn: '2026-11-26', toldByName: 'Sam Worker' },
      ADM,
    );
    await panel.as('documents:issue', {
      kind: 'letter-approval',
      subjectId: approvalItem,
    });
    const built = await report();
    expect(built.telling).toEqual({
      orally: { onTime: 0, late: 1, notYet: 0 },
      inWriting: { onTime: 1, late: 0, notYet: 0 },
    });
    const table = reportTables(built).find((t) => t.id === 'telling-applicants');
    expect(table?.rows).toEqual([
      ['Told orally within 2 working days of the decision', 0, 1, 0, 0],
      ['Told in writing (decision letter issued) within 5 working days', 1, 0, 0, 100],
    ]);
  });
});
