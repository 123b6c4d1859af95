import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SittingChoice, SittingDetail } from '../../shared/schemas/sitting-views';
import { sittingDateSearch } from '../../shared/domain/sittings/sitting-search';
import { LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';

/** A form's sitting picker reads what it shows: newest first, a date searched in SQL, limited in SQL. */
describe('sittings to choose from', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  async function as<T>(channel: string, input: unknown): Promise<T> {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  const dates = async (filter: object) => (await as<SittingChoice[]>('sittings:choices', filter)).map((s) => s.date);
  const sitting = (date: string) =>
    as<SittingDetail>('sittings:create', {
      kind: 'main',
      date,
      startTime: '09:30',
      venue: 'County Hall',
      confirmPast: true,
    });

  /** 60 sittings, one a month from January 2019: more than a picker shows. */
  async function fiveYearsOfSittings(): Promise<string[]> {
    const made: string[] = [];
    for (let n = 0; n < 60; n += 1) {
      const date = `${2019 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-14`;
      await sitting(date);
      made.push(date);
    }
    return made.reverse();
  }

  it('reads at most the limit, newest first, and a search by date finds an old sitting past the first page', async () => {
    const newestFirst = await fiveYearsOfSittings();
    expect(await dates({ limit: 51 })).toEqual(newestFirst.slice(0, 51));
    expect(await dates({})).toEqual(newestFirst);
    // March 2019 is the 58th newest: not among the first 51, found by its month, its day or its year.
    expect(newestFirst.indexOf('2019-03-14')).toBeGreaterThan(51);
    expect(await dates({ search: 'March 2019', limit: 51 })).toEqual(['2019-03-14']);
    expect(await dates({ search: '14/3/2019', limit: 51 })).toEqual(['2019-03-14']);
    expect(await dates({ search: '2019-03-14', limit: 51 })).toEqual(['2019-03-14']);
    expect(await dates({ search: '2019', limit: 51 })).toEqual(newestFirst.filter((d) => d.startsWith('2019')));
    expect(await dates({ search: '2019', limit: 3 })).toEqual(['2019-12-14', '2019-11-14', '2019-10-14']);
    // A month without a year: every March, newest first.
    expect(await dates({ search: 'mar', limit: 51 })).toEqual([
      '2023-03-14',
      '2022-03-14',
      '2021-03-14',
      '2020-03-14',
      '2019-03-14',
    ]);
    // What does not read as a date finds nothing, rather than every sitting.
    expect(await dates({ search: 'Room 4', limit: 51 })).toEqual([]);
  });

  it('reads the one sitting a form has chosen, and never a cancelled one', async () => {
    await fiveYearsOfSittings();
    const oldest = (await as<SittingChoice[]>('sittings:choices', { search: 'January 2019' }))[0];
    expect(oldest).toMatchObject({ date: '2019-01-14', kind: 'main' });
    expect(await as<SittingChoice[]>('sittings:choices', { id: oldest?.id })).toEqual([oldest]);
    const future = await sitting('2027-06-08');
    await as('sittings:cancel', { id: future.id, version: future.version, reason: 'Snow' });
    expect(await dates({ search: 'June 2027' })).toEqual([]);
    expect(await dates({ id: future.id })).toEqual([]);
  });

  it('refuses a limit it cannot keep, in words', async () => {
    const refused = await backend.router.dispatch(LOOPBACK, 'sittings:choices', { limit: 0 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { limit: 'Show at least one sitting' } },
    });
  });
});

describe('a date typed to find a sitting', () => {
  it('reads days, months and years as written in the UK, and ISO dates', () => {
    expect(sittingDateSearch('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31', monthDay: null });
    expect(sittingDateSearch('November 2026')).toEqual({ from: '2026-11-01', to: '2026-11-31', monthDay: null });
    expect(sittingDateSearch('11/2026')).toEqual({ from: '2026-11-01', to: '2026-11-31', monthDay: null });
    for (const typed of ['23 November 2026', '23rd Nov, 2026', '23/11/2026', '23.11.2026', '2026-11-23']) {
      expect(sittingDateSearch(typed)).toEqual({ from: '2026-11-23', to: '2026-11-23', monthDay: null });
    }
    expect(sittingDateSearch('23 November')).toMatchObject({ monthDay: '11-23' });
    expect(sittingDateSearch('nov')).toMatchObject({ monthDay: '11' });
  });

  it('reads nothing it cannot place', () => {
    for (const typed of ['', '23', 'County Hall', '31/13/2026', '1 2 3', 'November December', 'no']) {
      expect(sittingDateSearch(typed)).toBeNull();
    }
  });
});
