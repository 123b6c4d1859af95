import { contract, type Channel, type Contract } from './channels';

/**
 * Which reads a committed write can change, so a window refetches only those
 * when `data:changed` names the write's entity (issue 20: twenty seats each
 * re-reading every open screen on every write swamped the host).
 *
 * For each read channel: the entities (`write('<entity>', …)` in this folder)
 * whose writes can alter what it returns, or `'any'` for reads that summarise
 * everything. Missing a dependency leaves a stale screen at another seat,
 * which is worse than a slow one, so every list is generous: when a handler
 * or its repository touches a table an entity's writes change, the entity is
 * here. `tests/contract/live-reads.test.ts` checks every read has an entry and
 * every entity named is one a write uses.
 */
export type ReadChannel = { [C in Channel]: Contract[C]['kind'] extends 'read' ? C : never }[Channel];

/** A restore (`backups:restore`, entity 'backup') swaps the whole database: every read that reads it. */
const RESTORE = ['backup'] as const;
/** Agency name, statutory clock periods, bank holidays, quorum and routing rules: read by most views. */
const SERVICE = [...RESTORE, 'settings'] as const;
/** The central list: members, made or changed one by one or by an import. */
const MEMBERS = ['member', 'import'] as const;
/**
 * The households and their cases as every casework screen shows them: names, status and terms (a decision
 * changes status; a resignation or extension is a household write), sittings and items, recommendations,
 * minutes, decisions, letters issued, reviews without panel, delay reasons and applications ended, a purge
 * (which clears a household's records), and the users named as the ADM or who recorded a step.
 */
const CASEWORK = [
  ...SERVICE,
  ...MEMBERS,
  'household',
  'retention',
  'sitting',
  'agenda item',
  'recommendation',
  'minutes',
  'decision',
  'document',
  'review',
  'delay reason',
  'application outcome',
  'user',
] as const;
/** Who is signed in, locked, or needs a second factor: the session gate and the seats list. */
const SESSIONS = [...RESTORE, 'session', 'user', 'second factor', 'settings'] as const;

export const LIVE_READS = {
  // Summaries of everything; and the audit trail, to which every audited write appends a row.
  // Casework, the central list and the service's settings; never feedback, complaints, reports or sessions.
  // The dashboard's drafts are kept across writes of entities not listed here (register-dashboard.ts).
  'dashboard:due': CASEWORK,
  'dashboard:myWork': 'any',
  'reports:annual': 'any',
  'reports:dataReturn': 'any',
  'audit:list': 'any',
  'audit:verify': 'any',
  // Retention dates are refreshed after every write (router.afterEachWrite).
  'records:retention': 'any',
  // Looks through every stored text for direction controls.
  'records:directionControls': 'any',

  // Only the backend's clock: no write changes it.
  'app:info': [],
  'auth:status': SESSIONS,
  'auth:lock': SESSIONS,
  'auth:activity': SESSIONS,
  'auth:secondFactor': SESSIONS,
  // A user linked to a member of the central list is shown with the member's name.
  'users:list': [...SESSIONS, ...MEMBERS],
  'users:get': [...SESSIONS, ...MEMBERS],
  'users:signedIn': SESSIONS,
  'users:secondFactor': SESSIONS,
  'setup:status': [...SERVICE, 'user'],

  // Members and their training only today; sittings kept in case the list shows attendance.
  'members:list': [...SERVICE, ...MEMBERS, 'sitting', 'agenda item'],
  'members:get': [...SERVICE, ...MEMBERS, 'sitting', 'agenda item'],
  'members:compliance': [...SERVICE, ...MEMBERS, 'sitting', 'agenda item'],
  'quorum:notice': [...SERVICE, 'notice'],
  'routing:notice': [...CASEWORK, 'notice'],

  'households:list': CASEWORK,
  'households:page': CASEWORK,
  'households:get': CASEWORK,
  'households:overLimit': CASEWORK,
  'households:caseChain': CASEWORK,
  'households:applicationOutcome': CASEWORK,
  'reviews:forHousehold': CASEWORK,
  'resignations:get': CASEWORK,
  'resignations:ofHousehold': CASEWORK,
  'resignations:notice': CASEWORK,
  'extensions:get': CASEWORK,
  // Checks the rows against the central list and the register already held.
  'import:preview': CASEWORK,

  'sittings:list': CASEWORK,
  'sittings:choices': CASEWORK,
  'sittings:get': CASEWORK,
  'sittings:previewSeries': CASEWORK,
  'recommendations:get': CASEWORK,
  'recommendations:exemption': CASEWORK,
  'minutes:get': CASEWORK,
  'minutes:version': CASEWORK,
  'decisions:queue': CASEWORK,
  'decisions:decided': CASEWORK,
  'decisions:get': CASEWORK,
  // The approval types sent straight to the ADM (a setting) and the users who can decide.
  'decisions:referralOptions': [...SERVICE, 'user'],

  'documents:register': [...CASEWORK, 'template'],
  'templates:list': [...SERVICE, 'template', 'document'],
  'templates:subjects': [...CASEWORK, 'template'],
  'templates:preview': [...CASEWORK, 'template'],

  'complaints:list': [...CASEWORK, 'complaint'],
  'feedback:list': [...CASEWORK, 'feedback form'],
  'reports:commentary': [...SERVICE, 'report commentary', 'user'],

  'backups:list': [...SERVICE],
  'backups:recovery': [...SERVICE],
  'backups:plainList': [...SERVICE],
  // A fresh key each time it is read (the window asks once, as a mutation): no write changes it, and a
  // refetch would replace the key a person is copying down.
  'backups:newRecoveryKey': [],
  'settings:get': [...SERVICE, 'host'],
  'host:status': [...SERVICE, 'host', 'session'],
  // This computer's own link to a host (its main process), not the service's data.
  'seat:status': ['host'],
  'seat:probe': [],
  'seat:connect': [],
  'seat:useLocal': [],
} as const satisfies Record<ReadChannel, readonly string[] | 'any'>;

/**
 * Reads a write channel cannot change although writes of its entity can. A
 * new household is on no agenda, in no case, decision, resignation or letter
 * yet: the sittings, minutes, decisions and registers open at other seats
 * stay as they were (lists of households, the dashboard and the summaries do
 * change). Only exceptions are listed, so a read added later is refetched.
 */
const UNCHANGED_BY_WRITE: Partial<Record<Channel, readonly ReadChannel[]>> = {
  'households:create': [
    'sittings:list',
    'sittings:get',
    'recommendations:get',
    'minutes:get',
    'minutes:version',
    'decisions:queue',
    'decisions:decided',
    'decisions:get',
    'documents:register',
    'resignations:get',
    'resignations:notice',
    'extensions:get',
  ],
};

/**
 * A window that hears another seat's change waits a random 0 to this many
 * milliseconds before reading again (changes heard meanwhile are read with
 * it). Without it, every seat showing a household's casework asks the host at
 * the same instant after an edit, and the host answers them one by one: the
 * last waits for all the others (issue 20, `npm run bench:seats`). Spread
 * over a quarter of a second, the change still shows within a second.
 */
export const REFETCH_SPREAD_MS = 250;

/** The entity of each write channel, as the contract names it. */
function entitiesInContract(): Set<string> {
  const entities = new Set<string>();
  for (const definition of Object.values(contract)) {
    if (definition.kind === 'write' && definition.entity) entities.add(definition.entity);
  }
  return entities;
}

const KNOWN_ENTITIES = entitiesInContract();

/**
 * Whether a write of `entity` (made on `writeChannel`, when known) can change
 * what `channel` returns. An entity no write in this contract uses (a newer
 * host's write) or a channel with no entry (not a read here) is answered
 * "yes": a needless refetch, never a stale screen.
 */
export function writeAffectsRead(entity: string, channel: string, writeChannel?: string): boolean {
  if (!KNOWN_ENTITIES.has(entity)) return true;
  if (!Object.hasOwn(LIVE_READS, channel)) return true;
  const unchanged: readonly string[] | undefined =
    writeChannel !== undefined && Object.hasOwn(UNCHANGED_BY_WRITE, writeChannel)
      ? UNCHANGED_BY_WRITE[writeChannel as Channel]
      : undefined;
  if (unchanged?.includes(channel)) return false;
  const affected: readonly string[] | 'any' = LIVE_READS[channel as ReadChannel];
  return affected === 'any' || affected.includes(entity);
}
