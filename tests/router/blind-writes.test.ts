import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/contract/envelope';
import type { SettingsView } from '../../shared/schemas/settings';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { formatChangedAt } from '../../electron/backend/stale-refusal';
import { databaseSnapshot } from '../factories/backend';
import { type movableClock } from '../factories/clock';
import { memberInput } from '../factories/members';
import {
  openPanelSitting,
  openSittingWithTwoAdministrators,
  windowSender,
  type PanelSitting,
} from '../factories/panel-sitting';

const MISSING = { code: 'VALIDATION_FAILED', fieldErrors: { version: 'The record version is missing' } };

/**
 * Issue 20: a recommendation and a member's attendance are written only against the version the writer read
 * (0: there is no row yet). A write without one is refused by validation; one against any other version is refused
 * as stale, naming who changed it. Either way nothing is written.
 */
describe('no blind writes to a recommendation or to attendance', () => {
  let panel: PanelSitting;
  let sittingId: string;

  beforeEach(async () => {
    panel = await openPanelSitting();
    sittingId = panel.sitting.id;
  });
  afterEach(() => panel.backend.dispose());

  /** Refused with `expected`, and the database exactly as it was. */
  async function refusedUnchanged(channel: string, input: unknown, expected: object) {
    const before = databaseSnapshot(panel.backend);
    const error = (await panel.refused(channel, input)) as AppError;
    expect(error).toMatchObject(expected);
    expect(databaseSnapshot(panel.backend)).toBe(before);
    return error;
  }

  it('refuses a recommendation without the version its writer read, before one is recorded and after', async () => {
    const { version: _version, ...blind } = panel.approval();
    await refusedUnchanged('recommendations:record', blind, MISSING);
    await panel.as('recommendations:record', panel.approval());
    await refusedUnchanged('recommendations:record', { ...blind, reasons: 'Overwritten blind.' }, MISSING);
  });

  it('refuses a recommendation against a version other than the one recorded (0 when none)', async () => {
    // None recorded yet: only 0 is current.
    await refusedUnchanged('recommendations:record', panel.approval({ version: 1 }), { code: 'STALE_VERSION' });
    await panel.as('recommendations:record', panel.approval());
    // Recorded since this seat loaded the empty form: its version 0 is stale, and the refusal names who recorded it.
    const error = await refusedUnchanged('recommendations:record', panel.approval({ reasons: 'Typed meanwhile.' }), {
      code: 'STALE_VERSION',
    });
    expect(error.message).toContain('Nothing has been saved');
    expect(error.conflict).toMatchObject({ version: 1 });
    await panel.as('recommendations:record', panel.approval({ version: 1, reasons: 'Saved against it.' }));
  });

  it('refuses attendance without the version its writer read', async () => {
    await refusedUnchanged(
      'sittings:recordAttendance',
      { sittingId, memberId: panel.ids.m1, status: 'absent' },
      MISSING,
    );
  });

  it('refuses attendance against a version other than the row’s, or other than 0 when there is no row', async () => {
    const row = panel.sitting.attendance.find((a) => a.memberId === panel.ids.m1);
    expect(row?.version).toBeGreaterThan(0);
    const stale = { sittingId, memberId: panel.ids.m1, status: 'absent', version: (row?.version ?? 0) - 1 };
    await refusedUnchanged('sittings:recordAttendance', stale, { code: 'STALE_VERSION' });
    // An invite is of a member with no row here: 0, and only 0.
    const joined = await panel.as<{ id: string }>('members:create', memberInput({ name: 'Ruth Agyei' }));
    const invite = { sittingId, memberId: joined.id, status: 'invited' };
    await refusedUnchanged('sittings:recordAttendance', { ...invite, version: 2 }, { code: 'STALE_VERSION' });
    const invited = await panel.as<SittingDetail>('sittings:recordAttendance', { ...invite, version: 0 });
    expect(invited.attendance.find((a) => a.memberId === joined.id)).toMatchObject({ status: 'invited', version: 1 });
    // Invited at another seat meanwhile: a second invite from a window that saw no row is stale, not a duplicate.
    await refusedUnchanged('sittings:recordAttendance', { ...invite, version: 0 }, { code: 'STALE_VERSION' });
  });
});

/**
 * The settings are one record with one version, saved a part at a time by many forms (Settings, the rules pages,
 * the set-up's steps, the protective marking). Every save names the version it read, so no seat writes blind.
 */
describe('no blind writes to the settings', () => {
  const OTHER = windowSender(41);
  const MINUTE = 60 * 1000;
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;

  beforeEach(async () => {
    ({ panel, clock } = await openSittingWithTwoAdministrators(OTHER));
  });
  afterEach(() => panel.backend.dispose());

  const read = () => panel.as<SettingsView>('settings:get', {});

  async function refusedUnchanged(input: unknown, expected: object) {
    const before = databaseSnapshot(panel.backend);
    const error = (await panel.refused('settings:update', input)) as AppError;
    expect(error).toMatchObject(expected);
    expect(databaseSnapshot(panel.backend)).toBe(before);
    return error;
  }

  it('refuses a settings save without the version its writer read, and one against any other version', async () => {
    const { version } = await read();
    await refusedUnchanged({ agencyName: 'Written blind' }, MISSING);
    await refusedUnchanged({ agencyName: 'From the future', version: version + 1 }, { code: 'STALE_VERSION' });
    if (version > 0) await refusedUnchanged({ agencyName: 'From nothing', version: 0 }, { code: 'STALE_VERSION' });
    expect((await read()).agencyName).not.toMatch(/blind|future|nothing/);
  });

  it('saves two forms in turn, each from a fresh read; a save from a read older than both is refused, naming who and when', async () => {
    const stale = await read();
    clock.advance(4 * MINUTE);
    // The quorum form, then the delay reasons form: each reads the settings the other's save left.
    const first = await panel.as<SettingsView>(
      'settings:update',
      { version: (await read()).version, quorum: { ...stale.quorum, minimumMembers: 6 } },
      OTHER,
    );
    const changedAt = clock.now().toISOString();
    const second = await panel.as<SettingsView>(
      'settings:update',
      { version: (await read()).version, delayReasons: [...stale.delayReasons, 'Interpreter not available'] },
      OTHER,
    );
    expect(second.version).toBe(first.version + 1);
    expect(second).toMatchObject({ quorum: { minimumMembers: 6 } });
    expect(second.delayReasons).toContain('Interpreter not available');

    clock.advance(2 * MINUTE);
    // A third form, opened before either save: refused with the last change, nothing written.
    const error = await refusedUnchanged(
      { version: stale.version, dbsRenewalYears: 1 },
      { code: 'STALE_VERSION', conflict: { changedBy: 'Margaret Ellis', version: second.version } },
    );
    expect(error.message).toContain('Margaret Ellis changed the settings at');
    expect(error.message).toContain('Nothing has been saved');
    expect(error.conflict?.changedAt).toBe(changedAt);
    expect(error.message).toContain(formatChangedAt(changedAt));
    expect((await read()).dbsRenewalYears).toBe(stale.dbsRenewalYears);
  });
});
