import type { SqliteHandle } from '../db/connection';
import type { Actor } from '../electron/backend/actor';
import type { Role } from '../shared/contract/roles';

/** Records of each kind the detail reads are measured on: the biggest first, then a spread. */
export interface Samples {
  today: string;
  admin: Actor;
  adm: Actor;
  households: string[];
  members: string[];
  users: string[];
  sittings: string[];
  minutedSittings: string[];
  recommendedItems: string[];
  caseItems: string[];
  extensionItems: string[];
  resignationItems: string[];
  /** The held sitting with the most items, for the minutes document. */
  largestMinutedSitting: string | null;
}

const PER_KIND = 8;

function ids(sqlite: SqliteHandle, sql: string): string[] {
  return (sqlite.prepare(sql).pluck().all() as string[]).slice(0, PER_KIND);
}

function actor(sqlite: SqliteHandle, username: string): Actor {
  const row = sqlite.prepare('SELECT id, display_name AS name, roles FROM users WHERE username = ?').get(username) as
    { id: string; name: string; roles: string } | undefined;
  if (!row) throw new Error(`The benchmark database has no user "${username}"`);
  return { userId: row.id, displayName: row.name, roles: JSON.parse(row.roles) as Role[] };
}

/** A spread: the rows with most related records first (the heaviest views), then every nth of the rest. */
const SPREAD = (table: string, key: string, related: string, relatedKey: string) =>
  `SELECT t.${key} FROM ${table} t LEFT JOIN ${related} r ON r.${relatedKey} = t.${key}
   GROUP BY t.${key} ORDER BY count(r.rowid) DESC, t.${key}`;

export function pickSamples(sqlite: SqliteHandle, today: string): Samples {
  const minuted = ids(
    sqlite,
    `SELECT s.id FROM sittings s JOIN agenda_items i ON i.sitting_id = s.id JOIN minutes m ON m.sitting_id = s.id
     WHERE m.approved_at IS NOT NULL GROUP BY s.id ORDER BY count(*) DESC, s.id`,
  );
  return {
    today,
    admin: actor(sqlite, 'admin'),
    adm: actor(sqlite, 'adm'),
    households: ids(sqlite, SPREAD('households', 'id', 'agenda_items', 'household_id')),
    members: ids(sqlite, SPREAD('members', 'id', 'sitting_attendance', 'member_id')),
    users: ids(sqlite, 'SELECT id FROM users ORDER BY username'),
    sittings: ids(sqlite, SPREAD('sittings', 'id', 'agenda_items', 'sitting_id')),
    minutedSittings: minuted,
    recommendedItems: ids(sqlite, 'SELECT item_id FROM recommendations ORDER BY item_id DESC'),
    caseItems: ids(sqlite, 'SELECT item_id FROM adm_cases ORDER BY item_id DESC'),
    extensionItems: ids(sqlite, 'SELECT item_id FROM temporary_extensions ORDER BY item_id DESC'),
    resignationItems: ids(sqlite, 'SELECT item_id FROM resignations ORDER BY item_id DESC'),
    largestMinutedSitting: minuted[0] ?? null,
  };
}
