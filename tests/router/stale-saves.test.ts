import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/contract/envelope';
import type { Complaint } from '../../shared/schemas/complaints';
import type { Household } from '../../shared/schemas/household';
import type { Member } from '../../shared/schemas/member';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SettingsView } from '../../shared/schemas/settings';
import type { RecommendationView } from '../../shared/schemas/recommendation';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import type { UserSummary } from '../../shared/schemas/users';
import { formatChangedAt } from '../../electron/backend/stale-refusal';
import { databaseSnapshot } from '../factories/backend';
import { movableClock } from '../factories/clock';
import { householdInput } from '../factories/households';
import { memberInput } from '../factories/members';
import {
  openPanelSitting,
  openSittingWithTwoAdministrators,
  windowSender,
  type PanelSitting,
} from '../factories/panel-sitting';

/** The second administrator's seat: she saves first, so the loopback window's save is the stale one. */
const OTHER = windowSender(41);
const CHAIR = windowSender(42);
const MINUTE = 60 * 1000;

/**
 * One kind of record: `open` makes it and returns what both seats loaded; `edit` is the save each seat makes from
 * it (the same version, different words); `saved` reads back what is stored; `version` finds the record's version
 * in the refusal's `current` (the write's own output).
 */
interface Kind {
  name: string;
  what: string;
  open: (panel: PanelSitting) => Promise<Loaded>;
  edit: (loaded: Record<string, unknown>, words: string) => { channel: string; input: Record<string, unknown> };
  saved: (panel: PanelSitting, loaded: Record<string, unknown>) => Promise<unknown>;
  versionIn: (current: unknown, loaded: Record<string, unknown>) => number | undefined;
}

type Loaded = Record<string, unknown>;
const own = (current: unknown) => (current as { version: number }).version;
const itemOf = (detail: unknown, id: unknown) => (detail as SittingDetail).items.find((i) => i.id === id);

const KINDS: Kind[] = [
  {
    name: 'member',
    what: 'this member',
    open: (panel) => panel.as<Loaded>('members:create', memberInput({ name: 'Ruth Agyei' })),
    edit: (loaded, words) => ({
      channel: 'members:update',
      input: { ...memberInput({ name: 'Ruth Agyei' }), id: loaded.id, version: loaded.version, notes: words },
    }),
    saved: async (panel, loaded) => (await panel.as<Member>('members:get', { id: loaded.id })).notes,
    versionIn: own,
  },
  {
    name: 'household',
    what: 'this household',
    open: (panel) => panel.as<Loaded>('households:create', householdInput({ reference: 'FC-STALE' })),
    edit: (loaded, words) => ({
      channel: 'households:update',
      input: { ...householdInput({ reference: 'FC-STALE' }), id: loaded.id, version: loaded.version, address: words },
    }),
    saved: async (panel, loaded) => (await panel.as<Household>('households:get', { id: loaded.id })).address,
    versionIn: own,
  },
  {
    name: 'complaint',
    what: 'this complaint',
    open: (panel) =>
      panel.as<Loaded>('complaints:create', {
        receivedOn: '2026-11-20',
        source: 'applicant',
        summary: 'The applicants felt rushed at panel.',
      }),
    edit: (loaded, words) => ({
      channel: 'complaints:update',
      input: { id: loaded.id, version: loaded.version, receivedOn: '2026-11-20', source: 'applicant', summary: words },
    }),
    saved: async (panel, loaded) =>
      (await panel.as<{ complaints: Complaint[] }>('complaints:list', {})).complaints.find((c) => c.id === loaded.id)
        ?.summary,
    versionIn: own,
  },
  {
    name: 'user',
    what: 'this user',
    open: (panel) =>
      panel.as<Loaded>('users:create', {
        username: 'rjones',
        displayName: 'Rhian Jones',
        roles: ['viewer'],
        memberId: null,
        temporaryPassword: 'temporary-lantern-81',
      }),
    edit: (loaded, words) => ({
      channel: 'users:update',
      input: { id: loaded.id, version: loaded.version, displayName: words, roles: ['viewer'], memberId: null },
    }),
    saved: async (panel, loaded) =>
      (await panel.as<UserSummary[]>('users:list', {})).find((u) => u.id === loaded.id)?.displayName,
    versionIn: own,
  },
  {
    name: 'sitting',
    what: 'this sitting',
    open: (panel) =>
      panel.as<Loaded>('sittings:create', {
        kind: 'extra',
        date: '2027-01-12',
        startTime: '09:30',
        venue: 'County Hall',
      }),
    edit: (loaded, words) => ({
      channel: 'sittings:update',
      input: {
        id: loaded.id,
        version: loaded.version,
        kind: 'extra',
        date: '2027-01-12',
        startTime: '09:30',
        venue: words,
      },
    }),
    saved: async (panel, loaded) => (await panel.as<SittingDetail>('sittings:get', { id: loaded.id })).venue,
    versionIn: own,
  },
  {
    name: 'settings',
    what: 'the settings',
    open: (panel) => panel.as<Loaded>('settings:get', {}),
    edit: (loaded, words) => ({ channel: 'settings:update', input: { version: loaded.version, agencyName: words } }),
    saved: async (panel) => (await panel.as<SettingsView>('settings:get', {})).agencyName,
    versionIn: own,
  },
  {
    name: 'agenda item',
    what: 'this item',
    open: (panel) => {
      const item = panel.sitting.items[0];
      return Promise.resolve({ id: item?.id, version: item?.version, sittingId: panel.sitting.id });
    },
    edit: (loaded, words) => ({
      channel: 'items:update',
      input: { id: loaded.id, version: loaded.version, title: words, durationMinutes: 60, checklist: {} },
    }),
    saved: async (panel, loaded) =>
      itemOf(await panel.as<SittingDetail>('sittings:get', { id: loaded.sittingId }), loaded.id)?.title,
    versionIn: (current, loaded) => itemOf(current, loaded.id)?.version,
  },
  {
    name: 'attendance',
    what: 'this attendance',
    open: (panel) => {
      const row = panel.sitting.attendance.find((a) => a.memberId === panel.ids.m1);
      return Promise.resolve({ id: panel.sitting.id, memberId: panel.ids.m1, version: row?.version });
    },
    // The "words" choose the status: the other seat records apologies, this one absent.
    edit: (loaded, words) => ({
      channel: 'sittings:recordAttendance',
      input: {
        sittingId: loaded.id,
        memberId: loaded.memberId,
        version: loaded.version,
        status: words.startsWith('Theirs') ? 'apologies' : 'absent',
      },
    }),
    saved: async (panel, loaded) =>
      (await panel.as<SittingDetail>('sittings:get', { id: loaded.id })).attendance.find(
        (a) => a.memberId === loaded.memberId,
      )?.status === 'apologies'
        ? 'Theirs: recorded first'
        : 'not theirs',
    versionIn: (current, loaded) =>
      (current as SittingDetail).attendance.find((a) => a.memberId === loaded.memberId)?.version,
  },
  {
    name: 'recommendation',
    what: 'the recommendation',
    // Recorded first by the administrator; both seats then load it at version 1.
    open: async (panel) => {
      const recorded = await panel.as<RecommendationView>('recommendations:record', panel.approval({ version: 0 }));
      return { id: recorded.itemId, version: recorded.version, input: panel.approval() };
    },
    edit: (loaded, words) => ({
      channel: 'recommendations:record',
      input: { ...(loaded.input as Loaded), version: loaded.version, reasons: words },
    }),
    saved: async (panel, loaded) =>
      (await panel.as<RecommendationView>('recommendations:get', { itemId: loaded.id })).reasons,
    versionIn: own,
  },
];

describe('a save based on an older version is refused, naming who changed the record and when', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;

  beforeEach(async () => {
    ({ panel, clock } = await openSittingWithTwoAdministrators(OTHER));
  });
  afterEach(() => panel.backend.dispose());

  it.each(KINDS)('$name: two seats load it, one saves, the other is refused and nothing is written', async (kind) => {
    const loaded = await kind.open(panel);
    clock.advance(4 * MINUTE);
    const theirs = kind.edit(loaded, 'Theirs: recorded first');
    await panel.as(theirs.channel, theirs.input, OTHER);
    const changedAt = clock.now().toISOString();
    clock.advance(2 * MINUTE);

    const before = databaseSnapshot(panel.backend);
    const mine = kind.edit(loaded, 'Mine: typed meanwhile');
    const error = (await panel.refused(mine.channel, mine.input)) as AppError;
    expect(databaseSnapshot(panel.backend)).toBe(before);
    expect(await kind.saved(panel, loaded)).toBe('Theirs: recorded first');

    expect(error.code).toBe('STALE_VERSION');
    expect(error.message).toContain(`Margaret Ellis changed ${kind.what} at ${formatChangedAt(changedAt)}`);
    expect(error.message).toContain('Nothing has been saved');
    expect(error.conflict).toMatchObject({ changedBy: 'Margaret Ellis', changedAt });
    // The version now, and the record as she saved it, so the form can merge and save against it.
    const version = kind.versionIn(error.conflict?.current, loaded);
    expect(version).toBe(error.conflict?.version);
    expect(version).toBeGreaterThan(loaded.version as number);

    // Saved again against the version the refusal gave, the user's change lands.
    await panel.as(mine.channel, { ...mine.input, version });
    expect(await kind.saved(panel, loaded)).not.toBe('Theirs: recorded first');
  });

  it('says when in UK time, summer or winter', () => {
    expect(formatChangedAt('2026-12-03T14:32:00.000Z')).toBe('14:32 on 3 December 2026');
    expect(formatChangedAt('2027-07-01T13:05:00.000Z')).toBe('14:05 on 1 July 2027');
  });
});

describe('approving minutes while someone else edits them', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;
  let sittingId: string;
  const save = (version: number, notes: Record<string, unknown>, amendmentReason?: string) =>
    panel.as<MinutesView>('minutes:save', { sittingId, version, notes, amendmentReason });

  beforeEach(async () => {
    clock = movableClock(new Date('2026-11-23T09:00:00Z'));
    panel = await openPanelSitting({ clock });
    sittingId = panel.sitting.id;
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    await panel.as('recommendations:record', panel.approval(), CHAIR);
    await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
    await panel.markHeld();
  });
  afterEach(() => panel.backend.dispose());

  it('refuses the chair approving a version saved over since she read it, naming who saved the newer one and when', async () => {
    const read = await save(0, { opening: 'Introductions were made.' });
    clock.advance(4 * MINUTE);
    const newer = await save(read.version, { opening: 'Introductions were made. Apologies from Mr Pike.' });
    const savedBy = newer.versions[0]?.savedByName;
    const before = databaseSnapshot(panel.backend);
    const error = (await panel.refused('minutes:approve', { sittingId, versionNumber: 1 }, CHAIR)) as AppError;
    expect(databaseSnapshot(panel.backend)).toBe(before);
    expect(error.code).toBe('STALE_VERSION');
    expect(error.message).toBe(
      `${savedBy} saved version 2 of these minutes at ${formatChangedAt(clock.now().toISOString())}, after you read version 1. Nothing has been approved. Read the newer version before approving.`,
    );
    expect(error.conflict).toMatchObject({ changedBy: savedBy, version: 2 });
  });

  it('refuses an edit made from before the approval, naming the chair; saved again it voids the approval, and says so', async () => {
    const read = await save(0, { opening: 'Introductions were made.' });
    clock.advance(4 * MINUTE);
    await panel.as('minutes:approve', { sittingId, versionNumber: 1 }, CHAIR);
    const approvedAt = clock.now().toISOString();
    clock.advance(MINUTE);
    const error = (await panel.refused('minutes:save', {
      sittingId,
      version: read.version,
      notes: { opening: 'Changed meanwhile.' },
    })) as AppError;
    expect(error.message).toContain(`Margaret Ellis changed the minutes at ${formatChangedAt(approvedAt)}`);
    const current = error.conflict?.current as MinutesView;
    expect(current.approval?.byName).toBe('Margaret Ellis');
    // Against the new version the save still needs a reason, whose message says it cancels the approval.
    expect(
      await panel.refused('minutes:save', { sittingId, version: error.conflict?.version, notes: { opening: 'x' } }),
    ).toMatchObject({ fieldErrors: { amendmentReason: expect.stringContaining('cancels the chair’s approval') } });
    const amended = await save(error.conflict?.version ?? 0, { opening: 'Changed meanwhile.' }, 'A late apology');
    expect(amended.approval).toBeNull();
    expect(amended.lastVoid?.reason).toBe('A late apology');
  });
});
