import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { CaseChain, ChainStep } from '../../shared/schemas/case-chain';
import { ADM, openLateDecision } from '../factories/late-decision';
import type { PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

/** The household of openLateDecision: on time to panel, the ADM's decision two days late, telling overdue. */
describe('the case chain of a household', () => {
  let panel: PanelSitting;
  let approvalItem: string;
  const chain = () => panel.as<CaseChain>('households:caseChain', { id: panel.household.id });
  const stepOf = (loaded: CaseChain, key: string): ChainStep => {
    const found = loaded.steps.find((s) => s.key === key);
    if (!found) throw new Error(`No step ${key} in ${loaded.steps.map((s) => s.key).join(', ')}`);
    return found;
  };

  beforeEach(async () => {
    ({ panel, approvalItem } = await openLateDecision());
  });
  afterEach(() => panel.backend.dispose());

  it('shows every step with its rule, due and actual dates, on time, late, overdue or not yet due', async () => {
    const loaded = await chain();
    expect(loaded.today).toBe('2026-12-10');
    expect(stepOf(loaded, `application:${panel.household.id}`)).toMatchObject({
      actualDate: '2026-04-01',
      state: 'recorded',
    });
    expect(stepOf(loaded, `recommendation:${panel.household.id}`)).toMatchObject({
      dueDate: '2026-11-30',
      actualDate: '2026-11-23',
      state: 'on_time',
      rule: { wording: expect.stringContaining('within 8 months') },
    });
    expect(stepOf(loaded, `papers:${approvalItem}`)).toMatchObject({
      dueDate: '2026-11-16',
      actualDate: '2026-11-16',
      state: 'on_time',
    });
    expect(stepOf(loaded, `minutes_to_adm:${approvalItem}`)).toMatchObject({
      actualDate: '2026-11-23',
      state: 'on_time',
    });
    expect(stepOf(loaded, `decision:${approvalItem}`)).toMatchObject({
      dueDate: '2026-12-02',
      actualDate: '2026-12-04',
      state: 'late',
      daysLate: 2,
      delay: null,
      rule: { reference: 'NMS 14.9', wording: expect.stringContaining('7 working days') },
    });
    expect(stepOf(loaded, `told_orally:${approvalItem}`)).toMatchObject({
      dueDate: '2026-12-08',
      actualDate: null,
      state: 'overdue',
      daysLate: 2,
    });
    expect(stepOf(loaded, `told_in_writing:${approvalItem}`)).toMatchObject({
      dueDate: '2026-12-11',
      state: 'not_yet_due',
      daysLate: null,
    });
    // One timeline, in date order.
    const dates = loaded.steps.map((s) => s.actualDate ?? s.dueDate ?? '9999');
    expect(dates).toEqual([...dates].sort());
    expect(loaded.delayReasons).toContain('Awaiting references');
  });

  it('records a reason for delay on a late step, changes it, and audits each change', async () => {
    const key = `decision:${approvalItem}`;
    const input = { householdId: panel.household.id, stepKey: key, reason: 'Report not ready', note: 'Medical late' };
    const recorded = await panel.as<CaseChain>('households:recordDelayReason', input);
    expect(stepOf(recorded, key).delay).toMatchObject({ reason: 'Report not ready', note: 'Medical late' });
    const changed = await panel.as<CaseChain>('households:recordDelayReason', {
      ...input,
      reason: 'Awaiting references',
      note: '',
    });
    expect(stepOf(changed, key).delay).toMatchObject({ reason: 'Awaiting references', note: null });
    expect(stepOf(await chain(), key).delay?.reason).toBe('Awaiting references');
    const overdue = `told_orally:${approvalItem}`;
    await panel.as('households:recordDelayReason', { ...input, stepKey: overdue, reason: 'Other (see note)' });
    expect(stepOf(await chain(), overdue).delay?.reason).toBe('Other (see note)');

    const audit = await panel.as<{ entries: AuditEntry[] }>('audit:list', { entityType: 'delay reason' });
    expect(audit.entries).toHaveLength(3);
    expect(audit.entries.map((entry) => entry.changes.reason)).toContainEqual([
      'Report not ready',
      'Awaiting references',
    ]);
  });

  it('refuses a reason on a step on time, a reason not on the list, and anyone but the administrator', async () => {
    const base = { householdId: panel.household.id, reason: 'Awaiting references', note: '' };
    expect(
      await panel.refused('households:recordDelayReason', { ...base, stepKey: `papers:${approvalItem}` }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('late or overdue') });
    expect(
      await panel.refused('households:recordDelayReason', {
        ...base,
        stepKey: `decision:${approvalItem}`,
        reason: 'Made up',
      }),
    ).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { reason: expect.stringContaining('from the list') } });
    expect(
      await panel.refused('households:recordDelayReason', { ...base, stepKey: `decision:${approvalItem}` }, ADM),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers the reasons a service added in its settings', async () => {
    const settings = await panel.as<{ delayReasons: string[] }>('settings:get', {});
    await panel.as('settings:update', {
      version: await settingsVersion(panel.as),
      delayReasons: [...settings.delayReasons, 'Interpreter not available'],
    });
    const loaded = await panel.as<CaseChain>('households:recordDelayReason', {
      householdId: panel.household.id,
      stepKey: `decision:${approvalItem}`,
      reason: 'Interpreter not available',
      note: '',
    });
    expect(loaded.delayReasons).toContain('Interpreter not available');
    expect(stepOf(loaded, `decision:${approvalItem}`).delay?.reason).toBe('Interpreter not available');
  });
});
