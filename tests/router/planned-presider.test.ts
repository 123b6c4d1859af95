import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { attending } from '../factories/versions';

/**
 * The planned presider is the recorded presider until someone changes it:
 * the sitting, quorum and the minutes all name the same person, and the
 * screen can tell planned from recorded.
 */
describe('the planned presider', () => {
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

  async function plannedSitting() {
    const member = async (name: string, extra = {}) =>
      (await as<{ id: string }>('members:create', memberInput({ name, ...extra }))).id;
    const ids = {
      chair: await member('Margaret Ellis', { listRole: 'chair' }),
      vice: await member('David Okafor', { listRole: 'vice_chair' }),
      sw: await member('Sam Social', { background: 'social_worker', socialWorkerPqe3: true, independent: false }),
      m1: await member('Member One'),
      m2: await member('Member Two'),
    };
    let sitting = await as<SittingDetail>('sittings:create', {
      kind: 'main',
      date: '2026-11-23',
      startTime: '09:30',
      venue: 'County Hall',
      plannedPresiderId: ids.chair,
      confirmPast: true,
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Annual report',
      durationMinutes: 15,
    });
    return { ids, sitting };
  }

  const attend = async (sittingId: string, memberId: string, status = 'present') =>
    as<SittingDetail>('sittings:recordAttendance', await attending(as, { sittingId, memberId, status }));

  it('presides until changed: quorum, the sitting and the draft minutes name them, marked as planned', async () => {
    const { ids, sitting } = await plannedSitting();
    let current = sitting;
    for (const memberId of Object.values(ids)) current = await attend(sitting.id, memberId);
    expect(current).toMatchObject({ presiderId: ids.chair, presiderRecorded: false });
    expect(current.items[0]?.quorum.quorate).toBe(true);

    for (const status of ['papers_sent', 'held']) {
      current = await as<SittingDetail>('sittings:progress', {
        id: current.id,
        version: current.version,
        status,
        papersSentDate: '2026-11-16',
      });
    }
    const minutes = await as<MinutesView>('minutes:get', { sittingId: sitting.id });
    expect(minutes.draft.sitting.presider).toEqual({ name: 'Margaret Ellis', role: 'Chair' });
    expect(minutes.draft.sitting.present).toContainEqual({ name: 'Margaret Ellis', role: 'Chair, presiding' });

    // Recording another presider replaces the plan, and says so.
    current = await as<SittingDetail>('sittings:setRoles', {
      sittingId: sitting.id,
      version: current.version,
      presiderId: ids.vice,
    });
    expect(current).toMatchObject({ presiderId: ids.vice, presiderRecorded: true });
  });

  it('does not preside when recorded as sending apologies', async () => {
    const { ids, sitting } = await plannedSitting();
    let current = await attend(sitting.id, ids.chair, 'apologies');
    for (const memberId of [ids.vice, ids.sw, ids.m1, ids.m2]) current = await attend(sitting.id, memberId);
    expect(current).toMatchObject({ presiderId: null, presiderRecorded: false });
    expect(current.items[0]?.quorum.quorate).toBe(false);
  });
});
