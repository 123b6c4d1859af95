import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataReturn } from '../../shared/schemas/data-return';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import { ADM, openCaseWithAdm } from '../factories/late-decision';
import { IRM_CONTACT } from '../factories/letter-views';
import type { PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The data return's "refused at or after panel" counts an application the ADM refused through the decision
 * channels (minded not to approve, the qualifying determination, 28 days, the final decision), not a status set
 * by hand: the household reaches panel on 23 November 2026, so it falls in the 2026/27 return.
 */
describe('the data return counts an ADM’s refusal made through the router', () => {
  let panel: PanelSitting;
  let reference: string;
  let refusedOn: string;

  beforeAll(async () => {
    const opened = await openCaseWithAdm();
    panel = opened.panel;
    const { clock, approvalItem: itemId } = opened;
    await panel.as('settings:update', { version: await settingsVersion(panel.as), irmContact: IRM_CONTACT });
    clock.advance(2 * DAY);
    panel.wake();
    const view = await panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    reference = view.household.reference;
    const minded = await panel.as<DecisionCaseView>(
      'decisions:decide',
      {
        itemId,
        version: view.case.version,
        verdict: 'disagree',
        decisionCode: 'not_approve',
        reasons: 'The household cannot meet the needs of children in care.',
        decidedOn: '2026-11-25',
      },
      ADM,
    );
    expect(minded.case.state).toBe('qualifying');
    const dated = await panel.as<DecisionCaseView>('decisions:recordLetterDate', {
      itemId,
      version: minded.case.version,
      letterDate: '2026-11-25',
    });
    clock.advance(40 * DAY); // 4 January 2027
    panel.wake();
    refusedOn = '2027-01-04';
    const final = await panel.as<DecisionCaseView>(
      'decisions:finalise',
      {
        itemId,
        version: dated.case.version,
        decisionCode: 'not_approve',
        reasons: 'Nothing was received within 28 days; the determination stands.',
        decidedOn: refusedOn,
      },
      ADM,
    );
    expect(final.case).toMatchObject({ state: 'final', finalDecision: { code: 'not_approve' } });
    expect(final.household.status).toBe('refused');
  }, 120_000);
  afterAll(() => panel.backend.dispose());

  it('counts the household once as refused at or after panel, in the year of the final decision, and nowhere else', async () => {
    const figures = await panel.as<DataReturn>('reports:dataReturn', { year: 2026 });
    const field = (name: string) => figures.fields.find((f) => f.field === name);
    expect(field('applications_refused')?.value).toBe(1);
    expect(field('applications_refused')?.households.map((h) => h.reference)).toEqual([reference]);
    for (const other of [
      'applications_ended_withdrawn',
      'applications_ended_by_service',
      'applications_ended_reason_not_recorded',
    ])
      expect(field(other)?.households.map((h) => h.reference)).not.toContain(reference);
    expect(field('approved_mainstream')?.households.map((h) => h.reference)).not.toContain(reference);
    // The year before the refusal does not count it.
    const before = await panel.as<DataReturn>('reports:dataReturn', { year: 2025 });
    expect(before.fields.find((f) => f.field === 'applications_refused')?.households).toEqual([]);
  });
});
