import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { householdInput } from '../factories/households';
import { openPanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

type Panel = Awaited<ReturnType<typeof openPanelSitting>>;
type Page = { entries: AuditEntry[]; hasMore: boolean; names: Record<string, string> };

/** Counts the statements run while `work` runs, on this connection's statements (prepared or not). */
async function statementsRun(sqlite: Database.Database, work: () => Promise<unknown>): Promise<number> {
  const proto = Object.getPrototypeOf(sqlite.prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
  let count = 0;
  const originals = Object.fromEntries(['all', 'get', 'run', 'iterate'].map((name) => [name, proto[name]]));
  for (const [name, original] of Object.entries(originals)) {
    proto[name] = function (this: unknown, ...args: unknown[]) {
      count += 1;
      return original?.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    Object.assign(proto, originals);
  }
  return count;
}

describe('audit trail filters, paging and naming', () => {
  let panel: Panel;
  let other: Household;
  beforeEach(async () => {
    panel = await openPanelSitting();
    // Another household with a sitting of its own, so every filter has rows to leave out.
    other = await panel.as<Household>('households:create', householdInput({ reference: 'HH-2026-099' }));
    const second = await panel.as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date: '2027-03-05',
      startTime: '10:00',
      venue: 'Town Hall',
    });
    await panel.as('items:add', {
      sittingId: second.id,
      householdId: other.id,
      itemType: 'approval_mainstream',
      durationMinutes: 45,
    });
    // More rows about the household than a page holds.
    let household = panel.household;
    for (let i = 0; i < 12; i += 1) {
      household = await panel.as<Household>('households:update', {
        ...householdEdit(household),
        supervisingSocialWorker: `Worker ${i}`,
      });
    }
  });
  afterEach(() => panel.backend.dispose());

  const list = (filter: Record<string, unknown>) => panel.as<Page>('audit:list', filter);

  /** Every page of a filter, `limit` at a time, as the screen's "Show older entries" reads them. */
  async function everyPage(filter: Record<string, unknown>, limit: number): Promise<AuditEntry[][]> {
    const pages: AuditEntry[][] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await list({ ...filter, limit, ...(beforeSeq ? { beforeSeq } : {}) });
      pages.push(page.entries);
      if (!page.hasMore) return pages;
      beforeSeq = page.entries.at(-1)?.seq;
    }
  }

  it('pages a household’s history in SQL: its own rows and its items’, never another household’s', async () => {
    const pages = await everyPage({ householdId: panel.household.id }, 5);
    const entries = pages.flat();
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).every((page) => page.length === 5)).toBe(true);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(entries.length);
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => b - a));
    const channels = new Set(entries.map((e) => e.channel));
    expect(channels).toEqual(new Set(['households:create', 'households:update', 'items:add']));
    expect(entries.filter((e) => e.channel === 'items:add').map((e) => e.record)).toEqual([
      `Sitting on 23 November 2026, item 2 (Household ${panel.household.reference})`,
      `Sitting on 23 November 2026, item 1 (Household ${panel.household.reference})`,
    ]);
    expect(entries.some((e) => e.record.includes('HH-2026-099'))).toBe(false);
  });

  it('filters by a sitting: its own rows, its items’ and its attendance, filed under the sitting', async () => {
    const entries = (await everyPage({ sittingId: panel.sitting.id }, 4)).flat();
    const channels = entries.map((e) => e.channel);
    expect(channels.filter((c) => c === 'sittings:recordAttendance')).toHaveLength(5);
    expect(channels).toContain('items:add');
    expect(channels).toContain('sittings:setRoles');
    expect(channels).not.toContain('households:update');
    const attendance = entries.find((e) => e.channel === 'sittings:recordAttendance');
    expect(attendance?.record).toBe('Sitting on 23 November 2026');
    expect(attendance?.entityId).toBe(panel.sitting.id);
    expect(JSON.stringify(attendance?.changes.attendance)).toContain('present');
    // Another record a change names by id comes with the page, in words.
    const roles = await list({ sittingId: panel.sitting.id, entityType: 'sitting', limit: 3 });
    const presider = roles.entries.find((e) => e.channel === 'sittings:setRoles')?.changes.presiderId?.[1];
    expect(presider).toBe(panel.ids.chair);
    expect(roles.names[panel.ids.chair]).toBe('Member Margaret Ellis');
  });

  it('filters by record type, by user and by date, together', async () => {
    const items = (await everyPage({ entityType: 'agenda item' }, 2)).flat();
    expect(items).toHaveLength(3);
    expect(items.every((e) => e.entityType === 'agenda item')).toBe(true);
    expect(items[0]?.record).toBe('Sitting on 5 March 2027, item 1 (Household HH-2026-099)');
    const nobody = await list({ entityType: 'agenda item', userId: 'someone-else' });
    expect(nobody.entries).toEqual([]);
    const later = await list({ entityType: 'agenda item', from: '2099-01-01' });
    expect(later.entries).toEqual([]);
  });

  it('names members, users, settings and records since deleted', async () => {
    await panel.as('settings:update', { version: await settingsVersion(panel.as), idleLockMinutes: 20 });
    const members = await list({ entityType: 'member', limit: 10 });
    expect(members.entries.map((e) => e.record)).toContain('Member Margaret Ellis');
    const settings = await list({ entityType: 'settings' });
    expect(settings.entries[0]?.record).toBe('Settings');

    const sitting = await panel.as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date: '2027-04-06',
      startTime: '10:00',
      venue: 'Town Hall',
    });
    const withItem = await panel.as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      householdId: other.id,
      itemType: 'approval_mainstream',
      durationMinutes: 45,
    });
    const item = withItem.items[0];
    if (!item) throw new Error('no item');
    await panel.as('items:remove', { id: item.id, version: item.version, reason: 'Added to the wrong sitting' });
    const gone = (await list({ entityType: 'agenda item', entityId: item.id })).entries;
    expect(gone.map((e) => e.record)).toEqual([
      'Approval (mainstream), sitting on 6 April 2027, removed (Household HH-2026-099)',
      'Agenda item: deleted record',
    ]);
  });

  it('names a whole page in one read, however long the page', async () => {
    const { sqlite } = panel.backend.store;
    const short = await statementsRun(sqlite, () => list({ limit: 2 }));
    const long = await statementsRun(sqlite, () => list({ limit: 25 }));
    expect((await list({ limit: 25 })).entries.length).toBe(25);
    // The page's rows, then the names of every record on it: two statements for 2 rows or 25.
    expect(short).toBeGreaterThan(0);
    expect(long).toBe(short);
  });
});

/** A household's editable fields, as households:update takes them. */
function householdEdit(household: Household): Record<string, unknown> {
  const { id, version, reference, displayName, applicantNames, address, householdType, assessingSocialWorker } =
    household;
  return {
    id,
    version,
    reference,
    displayName,
    applicantNames,
    address,
    householdType,
    assessingSocialWorker,
    children: [],
  };
}
