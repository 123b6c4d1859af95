import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/schemas/backups';
import type { Member } from '../../shared/schemas/member';
import type { AppSettings } from '../../shared/schemas/settings';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { movableClock } from '../factories/clock';
import { memberInput } from '../factories/members';
import { settingsVersion } from '../factories/versions';

const DAY = 24 * 60 * 60 * 1000;

describe('settings: DBS renewal period and backup rotation', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  async function call(channel: string, input: unknown) {
    return backend.router.dispatch(LOOPBACK, channel, input);
  }
  async function as<T>(channel: string, input: unknown): Promise<T> {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  it('keeps every other stored setting when one no longer passes a rule a later version tightened', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    await as('settings:update', {
      version: await settingsVersion(as),
      agencyName: 'Shire Fostering',
      dbsRenewalYears: 2,
    });
    const stored = JSON.parse(
      (backend.store.sqlite.prepare(`SELECT value FROM settings WHERE key = 'app'`).get() as { value: string }).value,
    ) as Record<string, unknown>;
    // An approval routed straight to the ADM was allowed before December 2026; it is refused now.
    const older = JSON.stringify({ ...stored, directToAdm: ['approval_mainstream', 'termination'] });
    backend.store.sqlite.prepare(`UPDATE settings SET value = ? WHERE key = 'app'`).run(older);
    const read = await as<AppSettings>('settings:get', {});
    expect(read).toMatchObject({ agencyName: 'Shire Fostering', dbsRenewalYears: 2, directToAdm: [] });
  });

  it('sets a DBS renewal from the check date and the service’s period when none is entered', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    const defaulted = await as<Member>(
      'members:create',
      memberInput({ name: 'Ann Smith', dbsCheckDate: '2026-02-10', dbsRenewalDue: null }),
    );
    expect(defaulted.dbsRenewalDue).toBe('2029-02-10');
    const typed = await as<Member>(
      'members:create',
      memberInput({ name: 'Bo Khan', dbsCheckDate: '2026-02-10', dbsRenewalDue: '2027-02-10' }),
    );
    expect(typed.dbsRenewalDue).toBe('2027-02-10');
    await as<AppSettings>('settings:update', { version: await settingsVersion(as), dbsRenewalYears: 1 });
    const yearly = await as<Member>(
      'members:create',
      memberInput({ name: 'Cy Jones', dbsCheckDate: '2024-02-29', dbsRenewalDue: null }),
    );
    expect(yearly.dbsRenewalDue).toBe('2025-02-28');
  });

  it('refuses periods out of range with a message, and changes nothing', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    const before = databaseSnapshot(backend);
    for (const [input, field, message] of [
      [{ dbsRenewalYears: 0 }, 'dbsRenewalYears', 'The years between DBS checks must be at least 1'],
      [{ dbsRenewalYears: 2.5 }, 'dbsRenewalYears', 'Enter a whole number for the years between DBS checks'],
      [
        { backupRotation: { daily: 0, monthly: 12 } },
        'backupRotation.daily',
        'The days of daily backups to keep must be at least 1',
      ],
      [
        { backupRotation: { daily: 14, monthly: 121 } },
        'backupRotation.monthly',
        'The months of monthly backups to keep must be 120 or fewer',
      ],
      [
        { bankHolidays: { added: ['2046-01-02'], removed: [] } },
        'bankHolidays.added.0',
        'Enter a day from 2010 to 2045, the years the calendar covers',
      ],
    ] as const) {
      const result = await call('settings:update', { ...input, version: await settingsVersion(as) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.fieldErrors?.[field]).toBe(message);
    }
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('keeps as many daily backups as the rotation setting says', async () => {
    const clock = movableClock();
    backend = await openTestBackend({ clock });
    await signIn(backend);
    await as<AppSettings>('settings:update', {
      version: await settingsVersion(as),
      backupRotation: { daily: 2, monthly: 0 },
    });
    const made: BackupInfo[] = [];
    for (let day = 0; day < 4; day += 1) {
      made.push(await as<BackupInfo>('backups:create', {}));
      clock.advance(DAY);
      backend.sessions.unlock(LOOPBACK);
    }
    const kept = readdirSync(backend.backups.folder()).filter((f) => f.endsWith('.sqlite'));
    expect(kept.sort()).toEqual(
      made
        .slice(-2)
        .map((b) => b.name)
        .sort(),
    );

    await as<AppSettings>('settings:update', {
      version: await settingsVersion(as),
      backupRotation: { daily: 14, monthly: 12 },
    });
    made.push(await as<BackupInfo>('backups:create', {}));
    expect(readdirSync(backend.backups.folder()).filter((f) => f.endsWith('.sqlite'))).toHaveLength(3);
  });
});
