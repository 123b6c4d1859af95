import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/migrate';
import type { Household, NewHouseholdInput } from '../../shared/schemas/household';
import type { RetentionEntry, RetentionOverview } from '../../shared/schemas/records';
import {
  loopbackCaller,
  MIGRATIONS_FOLDER,
  migrationsThrough,
  openTestBackend,
  RELEASE_2026_11,
  signIn,
  tempFolder,
  databaseKeyFor,
} from '../factories/backend';
import { householdInput } from '../factories/households';
import { openHouseholdRecords, type HouseholdRecords } from '../factories/household-records';

const REASON = 'Annual retention review';
const CHILD = { initials: 'KB', dateOfBirth: '2015-02-03', placementDate: '2019-10-01', iroName: 'Irene Oakes' };

/** FSR reg 32 for connected persons who had temporary approval under CPPCR reg 24 and were then refused. */
describe('retention of connected persons temporarily approved under reg 24', () => {
  let records: HouseholdRecords;
  beforeEach(async () => {
    records = await openHouseholdRecords();
  });
  afterEach(() => records.backend.dispose());

  const entry = async (id: string): Promise<RetentionEntry | undefined> => {
    for (const section of ['due', 'kept', 'purged'] as const) {
      const list = await records.as<RetentionOverview>('records:retention', { section });
      const found = list.entries.find((e) => e.id === id);
      if (found) return found;
    }
    return undefined;
  };
  function moveTo(iso: string) {
    records.clock.advance(new Date(`${iso}T09:00:00`).getTime() - records.clock.now().getTime());
    records.wake();
  }
  async function refusedConnected(children: NewHouseholdInput['children'] = [CHILD]) {
    const created = await records.as<Household>(
      'households:create',
      householdInput({
        householdType: 'connected_person',
        applicationReceivedDate: '2019-09-20',
        temporaryApprovalDate: '2019-10-01',
        children,
      }),
    );
    return records.as<Household>('households:changeStatus', {
      id: created.id,
      version: created.version,
      status: 'refused',
      effectiveDate: '2020-03-02',
      reason: 'Not approved after the assessment',
    });
  }
  const withEnd = (household: Household, placementEndedOn: string | null) =>
    records.as<Household>('households:update', {
      ...household,
      children: household.children.map((child) => ({ ...child, placementEndedOn })),
    });

  it('waits for the placement end date, then keeps the record 10 years from it rather than 3 from the refusal', async () => {
    const refused = await refusedConnected();
    expect(await entry(refused.id)).toMatchObject({
      basis: 'placement_ended',
      basisLabel: 'Waiting for the placement end date',
      endedOn: null,
      purgeableFrom: null,
      due: false,
    });
    moveTo('2031-01-01');
    const waiting = await records.refused('records:purge', {
      id: refused.id,
      version: refused.version,
      reason: REASON,
    });
    expect(waiting?.message).toContain('Waiting for the placement end date');

    const ended = await withEnd(refused, '2020-04-15');
    expect(ended.children[0]).toMatchObject({ initials: 'KB', placementEndedOn: '2020-04-15' });
    expect(await entry(refused.id)).toMatchObject({
      basis: 'placement_ended',
      basisLabel: '10 years from the end of the placement (connected person)',
      endedOn: '2020-04-15',
      purgeableFrom: '2030-04-15',
      due: true,
    });
    // Three years after the refusal it was still well within the ten.
    moveTo('2023-03-03');
    const early = await records.refused('records:purge', { id: ended.id, version: ended.version, reason: REASON });
    expect(early?.message).toContain('must be kept until 15 April 2030');
  });

  it('counts from the latest placement end and waits while any linked child has none', async () => {
    const refused = await refusedConnected([CHILD, { ...CHILD, initials: 'LB', placementDate: '2019-11-01' }]);
    const [first, second] = refused.children;
    const partly = await records.as<Household>('households:update', {
      ...refused,
      children: [{ ...first, placementEndedOn: '2020-04-15' }, second],
    });
    expect(await entry(refused.id)).toMatchObject({ basisLabel: 'Waiting for the placement end date' });
    await records.as<Household>('households:update', {
      ...partly,
      children: [
        { ...first, placementEndedOn: '2020-04-15' },
        { ...second, placementEndedOn: '2021-06-30' },
      ],
    });
    expect(await entry(refused.id)).toMatchObject({ endedOn: '2021-06-30', purgeableFrom: '2031-06-30' });
  });

  it('refuses a placement end before the placement began, without a start, or in the future', async () => {
    const refused = await refusedConnected();
    const update = (child: object) =>
      records.refused('households:update', { ...refused, children: [{ ...CHILD, ...child }] });
    expect((await update({ placementEndedOn: '2019-09-01' }))?.fieldErrors).toMatchObject({
      'children.0.placementEndedOn': 'The placement cannot end before it started',
    });
    expect((await update({ placementDate: null, placementEndedOn: '2020-01-01' }))?.fieldErrors).toMatchObject({
      'children.0.placementEndedOn': 'Enter when the placement started before when it ended',
    });
    expect((await update({ placementEndedOn: '2030-01-01' }))?.fieldErrors).toMatchObject({
      'children.0.placementEndedOn': 'The end of the placement cannot be in the future.',
    });
  });

  it('works the date out again when the temporary approval is recorded, by a trigger the rule needs', async () => {
    const refused = await refusedConnected();
    const sql = records.backend.store.sqlite;
    const set = (date: string | null) =>
      sql.prepare('UPDATE households SET temporary_approval_date = ? WHERE id = ?').run(date, refused.id);
    set(null);
    expect(await entry(refused.id)).toMatchObject({ basis: 'refused', purgeableFrom: '2023-03-02' });
    set('2019-10-01');
    expect(await entry(refused.id)).toMatchObject({ basisLabel: 'Waiting for the placement end date' });
    // Without the trigger the stored date would stay at the refusal's three years.
    sql.exec('DROP TRIGGER retention_stale_household_temporary_approval');
    set(null);
    set('2019-10-01');
    set(null);
    expect(sql.prepare('SELECT count(*) FROM retention_stale').pluck().get()).toBe(0);
    expect(await entry(refused.id)).toMatchObject({ basisLabel: 'Waiting for the placement end date' });
  });
});

describe('migration: placement end dates (FSR reg 32)', () => {
  it('keeps the linked children, works connected persons out again and lists those purged under the 3-year rule', async () => {
    const folder = tempFolder();
    const options = (migrationsFolder: string) => ({
      file: path.join(folder, 'panel.sqlite'),
      migrationsFolder,
      backupFolder: path.join(folder, 'backups'),
      key: databaseKeyFor(folder),
      now: new Date('2026-11-23T09:00:00Z'),
    });
    const release = await openDatabase(options(migrationsThrough(RELEASE_2026_11)));
    release.sqlite.exec(
      `INSERT INTO households (id, reference, reference_key, display_name, applicant_names, household_type, status,
         temporary_approval_date, created_at, updated_at) VALUES
         ('h1', 'CP-1', 'CP-1', 'Ms B', '["Bea B"]', 'connected_person', 'refused', '2019-10-01', 'x', 'x'),
         ('h2', 'CP-2', 'CP-2', 'Record purged', '["Record purged"]', 'connected_person', 'withdrawn', '2018-01-05', 'x', 'x'),
         ('h3', 'FC-3', 'FC-3', 'Record purged', '["Record purged"]', 'mainstream', 'withdrawn', NULL, 'x', 'x');
       INSERT INTO household_status_history (id, household_id, status, effective_date, recorded_at, recorded_by) VALUES
         ('s1', 'h1', 'refused', '2020-03-02', 'x', 'Admin'),
         ('s2', 'h2', 'withdrawn', '2018-06-01', 'x', 'Admin'),
         ('s3', 'h3', 'withdrawn', '2018-06-01', 'x', 'Admin');
       INSERT INTO household_children (id, household_id, initials, date_of_birth, placement_date, iro_name)
         VALUES ('c1', 'h1', 'KB', '2015-02-03', '2019-10-01', 'Irene Oakes');
       INSERT INTO retention_dates (household_id, basis, ended_on, purgeable_from) VALUES
         ('h1', 'refused', '2020-03-02', '2023-03-02'),
         ('h2', 'withdrawn', '2018-06-01', '2021-06-01'),
         ('h3', 'withdrawn', '2018-06-01', '2021-06-01');
       INSERT INTO household_purges (household_id, purged_at, purged_by_name, reason, basis, ended_on, purgeable_from, documents_cleared) VALUES
         ('h2', '2021-07-01T10:00:00.000Z', 'Ada Admin', 'Retention review', 'withdrawn', '2018-06-01', '2021-06-01', 0),
         ('h3', '2021-07-01T10:00:00.000Z', 'Ada Admin', 'Retention review', 'withdrawn', '2018-06-01', '2021-06-01', 0);
       DELETE FROM retention_stale;`,
    );
    release.sqlite.close();

    const current = await openDatabase(options(MIGRATIONS_FOLDER));
    const sql = current.sqlite;
    expect(sql.prepare('SELECT * FROM household_children').all()).toEqual([
      {
        id: 'c1',
        household_id: 'h1',
        initials: 'KB',
        date_of_birth: '2015-02-03',
        placement_date: '2019-10-01',
        iro_name: 'Irene Oakes',
        placement_ended_on: null,
      },
    ]);
    // Connected persons are listed to be worked out again; the mainstream one keeps its date.
    expect(sql.prepare('SELECT household_id FROM retention_stale ORDER BY 1').pluck().all()).toEqual(['h1', 'h2']);
    expect(sql.prepare(`SELECT purgeable_from FROM retention_dates WHERE household_id = 'h3'`).pluck().get()).toBe(
      '2021-06-01',
    );
    // Exemptions get their own record of children and conditions: empty until one is recommended.
    expect(sql.prepare('SELECT count(*) FROM exemption_terms').pluck().get()).toBe(0);
    expect(sql.prepare('SELECT count(*) FROM households').pluck().get()).toBe(3);
    expect(sql.prepare('SELECT count(*) FROM household_purges').pluck().get()).toBe(2);
    expect(sql.pragma('foreign_key_check')).toEqual([]);
    current.sqlite.close();

    // Through the router: the refused reg 24 connected person now waits; the one purged at 3 years is listed.
    const backend = await openTestBackend({ folder });
    try {
      await signIn(backend);
      const as = loopbackCaller(() => backend);
      const kept = await as<RetentionOverview>('records:retention', { section: 'kept' });
      expect(kept.entries.find((e) => e.id === 'h1')).toMatchObject({
        basis: 'placement_ended',
        basisLabel: 'Waiting for the placement end date',
        purgeableFrom: null,
      });
      expect(kept.purgedEarly).toEqual([
        {
          id: 'h2',
          reference: 'CP-2',
          temporaryApprovalDate: '2018-01-05',
          basis: 'withdrawn',
          endedOn: '2018-06-01',
          purgedAt: '2021-07-01T10:00:00.000Z',
          purgedByName: 'Ada Admin',
        },
      ]);
    } finally {
      backend.dispose();
    }
  });
});
