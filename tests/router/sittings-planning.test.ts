import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../shared/schemas/household';
import type { SittingChoice, SittingDetail, SittingSummary } from '../../shared/schemas/sitting-views';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { householdInput } from '../factories/households';

describe('planning sittings', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  async function as<T>(channel: string, input: unknown): Promise<T> {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    if (!result.ok)
      throw new Error(
        `${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`,
      );
    return result.value as T;
  }
  const refused = async (channel: string, input: unknown) => {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    return result.ok ? null : result.error;
  };

  const newSitting = (date = '2027-01-12', extra = {}) =>
    as<SittingDetail>('sittings:create', {
      kind: 'main',
      date,
      startTime: '09:30',
      venue: 'County Hall, Room 4',
      ...extra,
    });

  it('refuses a planned presider who is not on the central list, on creating and on editing', async () => {
    const before = databaseSnapshot(backend);
    const error = await refused('sittings:create', {
      kind: 'main',
      date: '2027-01-12',
      startTime: '09:30',
      venue: 'County Hall',
      plannedPresiderId: 'no-such-member',
    });
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { plannedPresiderId: 'Choose the chair or a vice chair on the central list' },
    });
    expect(databaseSnapshot(backend)).toBe(before);
    const sitting = await newSitting();
    const afterCreate = databaseSnapshot(backend);
    const update = { ...sitting, startTime: '09:30', venue: 'County Hall', plannedPresiderId: 'no-such-member' };
    expect(await refused('sittings:update', update)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(databaseSnapshot(backend)).toBe(afterCreate);
  });

  it('refuses a sitting outside the years the bank holiday calendar covers, on creating and on editing', async () => {
    const before = databaseSnapshot(backend);
    const message =
      'Sittings can be held from 2015 to 2040: the bank holiday calendar the deadlines are worked out on covers those years';
    for (const date of ['2041-01-08', '2014-12-09']) {
      const error = await refused('sittings:create', {
        kind: 'main',
        date,
        startTime: '09:30',
        venue: 'County Hall',
        confirmPast: true,
      });
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { date: message } });
    }
    expect(databaseSnapshot(backend)).toBe(before);
    const sitting = await newSitting();
    const moved = { ...sitting, startTime: '09:30', venue: 'County Hall', date: '2041-01-08' };
    expect(await refused('sittings:update', moved)).toMatchObject({ fieldErrors: { date: message } });
  });

  it('plans a year of sittings on the 2nd and 4th Tuesday, skipping bank holidays and clashes', async () => {
    await newSitting('2027-01-12');
    const request = { year: 2027, weekday: 2, weeksOfMonth: [2, 4], startTime: '09:30', venue: 'County Hall' };
    const preview = await as<{ dates: { date: string; skipped: string | null }[] }>('sittings:previewSeries', request);
    expect(preview.dates).toHaveLength(24);
    expect(preview.dates[0]).toEqual({
      date: '2027-01-12',
      skipped: 'Clashes with a sitting already planned that day',
    });
    const created = await as<SittingSummary[]>('sittings:createSeries', request);
    // Tue 28 Dec 2027 is the substitute Christmas bank holiday.
    expect(preview.dates.find((d) => d.date === '2027-12-28')?.skipped).toBe('Bank holiday');
    expect(created).toHaveLength(22);
    expect(created[0]).toMatchObject({ date: '2027-01-26', papersDue: '2027-01-19', kind: 'main', status: 'planned' });
    const boxing = await as<{ dates: { date: string; skipped: string | null }[] }>('sittings:previewSeries', {
      ...request,
      year: 2028,
      weekday: 2,
      weeksOfMonth: [4],
    });
    // Tue 26 Dec 2028 is Boxing Day.
    expect(boxing.dates.find((d) => d.date === '2028-12-26')?.skipped).toBe('Bank holiday');
  });
  it('refuses a series that repeats a week of the month', async () => {
    const request = { year: 2027, weekday: 2, startTime: '09:30', venue: 'County Hall' };
    for (const weeksOfMonth of [[2, 2], Array.from({ length: 5_000 }, () => 2)]) {
      for (const channel of ['sittings:previewSeries', 'sittings:createSeries']) {
        expect(await refused(channel, { ...request, weeksOfMonth })).toMatchObject({
          code: 'VALIDATION_FAILED',
          fieldErrors: { weeksOfMonth: 'Choose each week of the month once' },
        });
      }
    }
  });

  it('works out the papers deadline: sitting Tue 5 Jan 2027, papers due Thu 24 Dec 2026', async () => {
    expect((await newSitting('2027-01-05')).papersDue).toBe('2026-12-24');
  });
  it('asks for confirmation before entering a sitting in the past', async () => {
    expect(
      await refused('sittings:create', { kind: 'main', date: '2026-10-06', startTime: '09:30', venue: 'Hall' }),
    ).toMatchObject({
      fieldErrors: { date: expect.stringContaining('in the past') },
    });
    expect((await newSitting('2026-10-06', { confirmPast: true })).date).toBe('2026-10-06');
  });
  it('moves through its states one step at a time', async () => {
    const sitting = await newSitting('2026-11-23');
    expect(
      await refused('sittings:progress', { id: sitting.id, version: sitting.version, status: 'held' }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(
      await refused('sittings:progress', { id: sitting.id, version: sitting.version, status: 'papers_sent' }),
    ).toMatchObject({
      fieldErrors: { papersSentDate: expect.any(String) },
    });
    const sent = await as<SittingDetail>('sittings:progress', {
      id: sitting.id,
      version: sitting.version,
      status: 'papers_sent',
      papersSentDate: '2026-11-16',
    });
    expect(sent).toMatchObject({ status: 'papers_sent', papersSentDate: '2026-11-16' });
    expect(
      (await as<SittingDetail>('sittings:progress', { id: sent.id, version: sent.version, status: 'held' })).status,
    ).toBe('held');
  });
  it('cancels a sitting with a reason, moving its items', async () => {
    const household = await as<Household>('households:create', householdInput());
    const first = await newSitting('2027-01-05');
    const second = await newSitting('2027-01-19');
    const withItem = await as<SittingDetail>('items:add', {
      sittingId: first.id,
      householdId: household.id,
      itemType: 'approval_mainstream',
      durationMinutes: 60,
    });
    expect(await refused('sittings:cancel', { id: first.id, version: withItem.version, reason: '' })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const cancelled = await as<SittingDetail>('sittings:cancel', {
      id: first.id,
      version: withItem.version,
      reason: 'Snow',
      moveItemsTo: second.id,
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledReason: 'Snow', items: [{ status: 'moved' }] });
    expect((await as<SittingDetail>('sittings:get', { id: second.id })).items).toHaveLength(1);
    expect((await as<SittingSummary[]>('sittings:list', {})).map((s) => s.id)).toEqual([second.id]);
    // A form's choices leave the cancelled sitting out too, newest first.
    const third = await newSitting('2027-02-02');
    expect(await as<SittingChoice[]>('sittings:choices', {})).toEqual([
      { id: third.id, kind: 'main', date: '2027-02-02', status: 'planned' },
      { id: second.id, kind: 'main', date: '2027-01-19', status: 'planned' },
    ]);
  });
  it('records who the papers went to, and people who attended', async () => {
    const sitting = await newSitting('2026-11-30');
    const sent = await as<SittingDetail>('sittings:recordPapersSent', {
      sittingId: sitting.id,
      sentDate: '2026-11-23',
      recipients: ['All members', 'Panel adviser'],
      method: 'Secure email',
    });
    expect(sent.papers).toEqual([
      { sentDate: '2026-11-23', recipient: 'All members', method: 'Secure email' },
      { sentDate: '2026-11-23', recipient: 'Panel adviser', method: 'Secure email' },
    ]);
    const withObserver = await as<SittingDetail>('sittings:addPerson', {
      sittingId: sitting.id,
      kind: 'observer',
      name: 'New Member',
      description: 'Prospective panel member',
    });
    expect(withObserver.people).toMatchObject([{ kind: 'observer', name: 'New Member' }]);
  });
});
