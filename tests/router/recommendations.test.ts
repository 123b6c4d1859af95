import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertUser } from '../../db/repositories/users-repository';
import type { Sender } from '../../electron/backend/sender';
import type { Role } from '../../shared/contract/roles';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { householdInput } from '../factories/households';
import { memberInput } from '../factories/members';

const CHAIR_WINDOW: Sender = { transport: 'ipc', frameUrl: 'app://panel/', isMainFrame: true, contentsId: 11 };
const TERMS = {
  typesOfCare: ['short_term'],
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 10,
  gender: 'any',
  namedChildren: [],
  siblingGroup: true,
};

describe('recording the panel’s recommendation', () => {
  let backend: TestBackend;
  let ids: Record<'chair' | 'vice' | 'sw' | 'm1' | 'm2', string>;
  let sitting: SittingDetail;

  async function as<T>(channel: string, input: unknown, sender: Sender = LOOPBACK): Promise<T> {
    const result = await backend.router.dispatch(sender, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  const refused = async (channel: string, input: unknown, sender: Sender = LOOPBACK) => {
    const result = await backend.router.dispatch(sender, channel, input);
    return result.ok ? null : result.error;
  };

  /** A user linked to a central-list member, logged in at `sender`. */
  function userFor(memberId: string, name: string, roles: Role[], sender: Sender, userId: string): void {
    insertUser(
      backend.store.db,
      {
        id: userId,
        username: userId,
        displayName: name,
        passwordHash: 'x',
        roles,
        memberId,
        mustChangePassword: false,
      },
      new Date().toISOString(),
    );
    backend.sessions.start(sender, {
      userId,
      username: userId,
      displayName: name,
      roles,
      memberId,
      mustChangePassword: false,
    });
  }

  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
    const make = (overrides: Parameters<typeof memberInput>[0]) =>
      as<{ id: string }>('members:create', memberInput(overrides));
    ids = {
      chair: (await make({ name: 'Margaret Ellis', listRole: 'chair' })).id,
      vice: (await make({ name: 'David Okafor', listRole: 'vice_chair' })).id,
      sw: (await make({ name: 'Helen Turner', background: 'social_worker', socialWorkerPqe3: true })).id,
      m1: (await make({ name: 'Aisha Rahman' })).id,
      m2: (await make({ name: 'Graham Pike' })).id,
    };
    const household = await as<Household>('households:create', householdInput());
    sitting = await as<SittingDetail>('sittings:create', {
      kind: 'main',
      date: '2026-11-23',
      startTime: '09:30',
      venue: 'County Hall',
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType: 'approval_mainstream',
      durationMinutes: 60,
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType: 'resignation',
      durationMinutes: 10,
    });
    for (const memberId of Object.values(ids)) {
      sitting = await as<SittingDetail>('sittings:recordAttendance', {
        sittingId: sitting.id,
        memberId,
        status: 'present',
      });
    }
    sitting = await as<SittingDetail>('sittings:setRoles', {
      sittingId: sitting.id,
      version: sitting.version,
      presiderId: ids.chair,
    });
  });
  afterEach(() => backend.dispose());

  const approval = (overrides: Record<string, unknown> = {}) => ({
    itemId: sitting.items[0]?.id,
    outcome: 'suitable',
    terms: TERMS,
    reasons: 'A thorough assessment; strong support network.',
    keyIssues: 'Space for two children.',
    unanimous: false,
    votesFor: 4,
    votesAgainst: 1,
    votesAbstaining: 0,
    dissent: [{ memberId: ids.m1, view: 'Wanted the bedroom arrangements confirmed first.' }],
    reportQualityRating: 4,
    ...overrides,
  });

  it('is recorded by the presiding chair, with terms, votes, dissent and report feedback', async () => {
    userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR_WINDOW, 'chair-user');
    const saved = await as<Record<string, unknown>>('recommendations:record', approval(), CHAIR_WINDOW);
    expect(saved).toMatchObject({
      outcome: 'suitable',
      outcomeLabel: 'Suitable to be approved',
      terms: TERMS,
      votesFor: 4,
      dissent: [{ name: 'Aisha Rahman', view: expect.any(String) }],
      recordedByName: 'Margaret Ellis',
      onBehalfOf: null,
      reportQualityRating: 4,
    });
    const item = (await as<SittingDetail>('sittings:get', { id: sitting.id })).items[0];
    expect(item?.status).toBe('heard');
  });

  it('is recorded by the administrator on the presider’s behalf, shown as such', async () => {
    const saved = await as<{ onBehalfOf: string | null }>('recommendations:record', approval());
    expect(saved.onBehalfOf).toBe('Margaret Ellis');
  });

  it('refuses a chair who is not presiding', async () => {
    userFor(ids.vice, 'David Okafor', ['chair'], CHAIR_WINDOW, 'vice-user');
    expect(await refused('recommendations:record', approval(), CHAIR_WINDOW)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a non-quorate item, saying which rule fails, and changes nothing', async () => {
    sitting = await as<SittingDetail>('items:declare', {
      itemId: sitting.items[0]?.id,
      memberId: ids.m2,
      interest: 'Neighbour',
      withdrew: true,
    });
    const before = databaseSnapshot(backend);
    const error = await refused('recommendations:record', approval({ votesFor: 3 }));
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('Only 4 members are present and not withdrawn'),
    });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses the ADM who will decide the item', async () => {
    const admWindow: Sender = { transport: 'ipc', frameUrl: 'app://panel/', isMainFrame: true, contentsId: 12 };
    userFor(ids.chair, 'Margaret Ellis', ['chair', 'adm'], admWindow, 'adm-chair');
    backend.store.sqlite
      .prepare(`UPDATE agenda_items SET deciding_adm_user_id = 'adm-chair' WHERE id = ?`)
      .run(sitting.items[0]?.id);
    expect(await refused('recommendations:record', approval(), admWindow)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('agency decision maker for this item'),
    });
  });

  it('checks the outcome, terms, votes, deferral and dissent', async () => {
    expect(await refused('recommendations:record', approval({ outcome: 'noted' }))).toMatchObject({
      fieldErrors: { outcome: expect.stringContaining('suitable to be approved') },
    });
    expect(await refused('recommendations:record', approval({ terms: null }))).toMatchObject({
      fieldErrors: { terms: expect.any(String) },
    });
    expect(await refused('recommendations:record', approval({ votesFor: 5 }))).toMatchObject({
      fieldErrors: { votesFor: 'The votes add up to 6, but 5 members are present and not withdrawn for this item.' },
    });
    expect(await refused('recommendations:record', approval({ outcome: 'deferred', terms: null }))).toMatchObject({
      fieldErrors: { outstanding: expect.any(String) },
    });
    expect(
      await refused('recommendations:record', approval({ dissent: [{ memberId: 'nobody', view: 'x' }] })),
    ).toMatchObject({
      fieldErrors: { 'dissent.0.memberId': expect.any(String) },
    });
    expect(
      await as<{ outcome: string }>(
        'recommendations:record',
        approval({ unanimous: true, votesFor: 0, votesAgainst: 0, dissent: [] }),
      ),
    ).toMatchObject({ outcome: 'suitable' });
  });

  it('refuses a withdrawn item and locked minutes', async () => {
    const resignation = sitting.items[1];
    await as('items:changeOutcome', {
      id: resignation?.id,
      version: resignation?.version,
      action: 'withdraw',
      reason: 'Carers changed their minds',
    });
    expect(
      await refused('recommendations:record', {
        ...approval(),
        itemId: resignation?.id,
        outcome: 'noted',
        terms: null,
      }),
    ).toMatchObject({
      message: expect.stringContaining('withdrawn'),
    });
    let current = await as<SittingDetail>('sittings:get', { id: sitting.id });
    for (const step of ['papers_sent', 'held', 'minutes_drafted', 'minutes_approved']) {
      current = await as<SittingDetail>('sittings:progress', {
        id: current.id,
        version: current.version,
        status: step,
        papersSentDate: '2026-11-16',
      });
    }
    expect(await refused('recommendations:record', approval())).toMatchObject({
      message: expect.stringContaining('approved and locked'),
    });
  });
});
