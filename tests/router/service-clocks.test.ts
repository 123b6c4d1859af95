import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot } from '../factories/backend';
import { openPanelSitting, type PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

describe('the service’s own clock periods and bank holidays', () => {
  let panel: PanelSitting;
  beforeEach(async () => {
    panel = await openPanelSitting();
  });
  afterEach(() => panel.backend.dispose());

  const papersDue = async (date: string) => {
    const sitting = await panel.as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date,
      startTime: '10:00',
      venue: 'County Hall',
    });
    return sitting.papersDue;
  };

  it('uses the periods and bank holidays set for the service', async () => {
    // domain.md: a sitting on Tue 5 Jan 2027 has papers due Thu 24 Dec 2026.
    expect(await papersDue('2027-01-05')).toBe('2026-12-24');
    const settings = await panel.as<{ clocks: Record<string, number> }>('settings:get', {});
    await panel.as('settings:update', {
      version: await settingsVersion(panel.as),
      clocks: { ...settings.clocks, papersWorkingDaysBefore: 3 },
      bankHolidays: { added: ['2026-12-31'], removed: [] },
    });
    // Three working days before, skipping New Year's Day and the added 31 December.
    expect(await papersDue('2027-01-05')).toBe('2026-12-29');
    expect(await papersDue('2027-01-12')).toBe('2027-01-07');
    // Back to five, with Monday 28 December (Boxing Day's substitute) worked after all.
    await panel.as('settings:update', {
      version: await settingsVersion(panel.as),
      clocks: settings.clocks,
      bankHolidays: { added: [], removed: ['2026-12-28'] },
    });
    expect(await papersDue('2027-01-05')).toBe('2026-12-28');
  });

  it('refuses bank holiday changes that make no sense, and changes nothing', async () => {
    const before = databaseSnapshot(panel.backend);
    const refusal = async (bankHolidays: unknown) =>
      panel.refused('settings:update', { version: await settingsVersion(panel.as), bankHolidays });
    expect(await refusal({ added: ['2026-12-25'], removed: [] })).toMatchObject({
      fieldErrors: { 'bankHolidays.added': '25 December 2026 is already a bank holiday.' },
    });
    expect(await refusal({ added: ['2026-12-26'], removed: [] })).toMatchObject({
      fieldErrors: { 'bankHolidays.added': '26 December 2026 is a weekend day, not a working day.' },
    });
    expect(await refusal({ added: [], removed: ['2026-12-30'] })).toMatchObject({
      fieldErrors: { 'bankHolidays.removed': '30 December 2026 is not a bank holiday.' },
    });
    expect(await refusal({ added: ['2026-13-01'], removed: [] })).toMatchObject({ code: 'VALIDATION_FAILED' });
    const settings = await panel.as<{ clocks: Record<string, number> }>('settings:get', {});
    expect(
      await panel.refused('settings:update', {
        version: await settingsVersion(panel.as),
        clocks: { ...settings.clocks, admDecisionWorkingDays: 0 },
      }),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(databaseSnapshot(panel.backend)).toBe(before);
  });
});
