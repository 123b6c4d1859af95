import { createHash } from 'node:crypto';
import type { AppDatabase, ReadableDb } from '../../db/connection';
import {
  findIdempotencyKey,
  pruneIdempotencyKeys,
  recordIdempotencyKey,
} from '../../db/repositories/idempotency-keys-repository';
import { DomainError } from './domain-error';
import type { Sender } from './sender';

/** What a transport passes with a call besides its channel and input. */
export interface CallOptions {
  /**
   * The client's key for one user action (a UUID it makes once and sends again
   * with every retry): a write recorded under it is answered again, not redone.
   */
  idempotencyKey?: unknown;
}

/** The options a transport received, whatever their shape: only the key is taken, and checked by the router. */
export function callOptionsFrom(raw: unknown): CallOptions {
  if (typeof raw !== 'object' || raw === null) return {};
  const key = (raw as Record<string, unknown>).idempotencyKey;
  return key === undefined ? {} : { idempotencyKey: key };
}

/** A key is the client's own random id: a UUID, or any 16 to 100 letters, digits, hyphens and underscores. */
const KEY_FORMAT = /^[A-Za-z0-9_-]{16,100}$/;
/** A retry comes within seconds or minutes; a day leaves room for a host down overnight. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** The user a key belongs to when the call has none (the main process's own calls). */
const SYSTEM_USER = '(system)';

/**
 * Session channels are left out: their answer is about a sign-in held in
 * memory (a restarted host has forgotten it), so replaying a login's answer
 * would claim a session that does not exist. Repeating them is harmless.
 */
export function keyApplies(channel: string): boolean {
  return !channel.startsWith('auth:');
}

/** The key as sent, checked; undefined when none. */
export function checkedKey(sender: Sender, channel: string, options: CallOptions): string | undefined {
  const raw = options.idempotencyKey;
  if (raw === undefined || raw === null || raw === '') {
    // Over the network a dropped answer is ordinary: a write without a key could be applied twice on retry.
    if (sender.transport === 'network' && keyApplies(channel)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'This change did not carry a request key, so it was not saved. Reload the page, then try again.',
      );
    }
    return undefined;
  }
  if (typeof raw !== 'string' || !KEY_FORMAT.test(raw)) {
    throw new DomainError('VALIDATION_FAILED', 'This change carried a request key the service cannot read.');
  }
  return raw;
}

export interface KeyedWrite {
  key: string;
  userId: string | null;
  channel: string;
  input: unknown;
}

/**
 * The answer a write with this key already got, or undefined if none
 * committed. The same key from another user or for another channel or input
 * is refused: it is a client's mistake (or a guess), never a retry.
 */
export function earlierAnswer(db: ReadableDb, write: KeyedWrite): { value: unknown } | undefined {
  const found = findIdempotencyKey(db, write.key);
  if (!found) return undefined;
  if (
    found.userId !== (write.userId ?? SYSTEM_USER) ||
    found.channel !== write.channel ||
    found.inputDigest !== inputDigest(write.input)
  ) {
    throw new DomainError(
      'CONFLICT',
      'This request key was already used for a different change, so nothing was saved. Try again.',
    );
  }
  return { value: JSON.parse(found.result) as unknown };
}

/** Inside the write's transaction: the key and its answer commit with the write, or neither does. */
export function recordAnswer(db: AppDatabase, write: KeyedWrite, value: unknown, at: Date): void {
  recordIdempotencyKey(db, {
    key: write.key,
    userId: write.userId ?? SYSTEM_USER,
    channel: write.channel,
    inputDigest: inputDigest(write.input),
    result: JSON.stringify(value ?? null),
    createdAt: at.toISOString(),
  });
}

/** At start-up: keys older than their lifetime are forgotten. */
export function pruneExpiredKeys(db: AppDatabase, now: Date): number {
  return pruneIdempotencyKeys(db, new Date(now.getTime() - KEY_LIFETIME_MS).toISOString());
}

/**
 * Fields whose values are secrets (passwords, passphrases, recovery keys, one-time codes): left out of the
 * digest, so the table never holds a fast, unsalted hash of one for a day. The rest of the input still tells a
 * reused key for a different change apart.
 */
const SECRET_FIELD = /pass(word|phrase)|secret|recoverykey|^code$/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [name, SECRET_FIELD.test(name) ? '[secret]' : withoutSecrets(field)]),
  );
}

function inputDigest(input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(withoutSecrets(input ?? null)))
    .digest('hex');
}
