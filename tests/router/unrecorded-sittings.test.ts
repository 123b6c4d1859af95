import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueList } from '../../shared/schemas/dashboard';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { movableClock } from '../factories/clock';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';

const CHAIR = windowSender(51);
const DAY = 24 * 60 * 60 * 1000;

/**
 * A sitting whose day passes without anyone recording it as held or cancelled
 * (domain: its items would drop out of every list of work) stays on the
 * administrator's dashboard, from the day after, until it is recorded.
 */
describe('a sitting whose day passed unrecorded', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;
  const entriesFor = async (sittingId: string, sender?: Parameters<PanelSitting['as']>[2]) =>
    (await panel.as<DueList>('dashboard:due', {}, sender)).entries
      .filter((entry) => entry.link.startsWith(`/sittings/${sittingId}`))
      .map((entry) => [entry.kind, entry.title, entry.dueDate, entry.overdue]);

  beforeEach(async () => {
    clock = movableClock();
    panel = await openPanelSitting({ clock });
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
  });
  afterEach(() => panel.backend.dispose());

  it('asks the administrator to record it from the day after, whether or not the papers went out, until it is held', async () => {
    const { sitting } = panel;
    // Monday 23 November 2026 is the sitting's day: the papers are what is due.
    expect((await entriesFor(sitting.id)).map(([kind]) => kind)).toEqual(['papers']);

    clock.advance(DAY);
    panel.wake();
    const recordIt = ['record_sitting', 'Record what happened at the sitting on 23 November 2026', '2026-11-24'];
    expect(await entriesFor(sitting.id)).toEqual([[...recordIt, false]]);
    expect(await entriesFor(sitting.id, CHAIR)).toEqual([]);

    clock.advance(7 * DAY);
    panel.wake();
    const current = await panel.as<SittingDetail>('sittings:get', { id: sitting.id });
    await panel.as('sittings:progress', {
      id: current.id,
      version: current.version,
      status: 'papers_sent',
      papersSentDate: '2026-11-16',
    });
    expect(await entriesFor(sitting.id)).toEqual([[...recordIt, true]]);

    const sent = await panel.as<SittingDetail>('sittings:get', { id: sitting.id });
    await panel.as('sittings:progress', { id: sent.id, version: sent.version, status: 'held' });
    expect((await entriesFor(sitting.id)).map(([kind, title]) => [kind, title])).toEqual([
      ['minutes', 'Draft the minutes'],
    ]);
  });

  it('leaves the dashboard once the sitting is cancelled', async () => {
    clock.advance(3 * DAY);
    panel.wake();
    expect((await entriesFor(panel.sitting.id)).map(([kind]) => kind)).toEqual(['record_sitting']);
    const current = await panel.as<SittingDetail>('sittings:get', { id: panel.sitting.id });
    await panel.as('sittings:cancel', { id: current.id, version: current.version, reason: 'Snow closed County Hall' });
    expect(await entriesFor(panel.sitting.id)).toEqual([]);
  });
});
