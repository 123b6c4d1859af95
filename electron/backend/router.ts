import type { z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
} from '../../shared/contract/channels';
import type { AppError, Envelope } from '../../shared/contract/envelope';
import { LOCKED_CHANNELS, PASSWORD_CHANGE_CHANNELS, PUBLIC_CHANNELS, mayCall } from '../../shared/contract/permissions';
import type { AppDatabase, ReadableDb } from '../../db/connection';
import { readOnly } from './read-only';
import { changesSoFar, recordWrite } from './changes-by-write';
import type { AuditTrail } from './audit/audit-trail';
import type { Clock } from './clock';
import { DomainError } from './domain-error';
import { explainStale } from './stale-refusal';
import type { EventBus } from './event-bus';
import type { IdGenerator } from './ids';
import { isTrustedSender, seatOf, type Sender } from './sender';
import { ANONYMOUS, type Actor } from './actor';
import type { SessionProvider } from './session';
import type { DatabaseStore } from './store';
import { checkedKey, earlierAnswer, keyApplies, recordAnswer, type CallOptions } from './idempotency';

/** What a write handler may say about itself for the audit row, when a before/after snapshot cannot. */
export interface AuditNote {
  entityId?: string | null;
  changes?: Record<string, [unknown, unknown]>;
}

/** What a read handler gets: a database handle that cannot write, by type (and at run time, see `run`). */
export interface ReadContext {
  db: ReadableDb;
  clock: Clock;
  ids: IdGenerator;
  actor: Actor;
  sender: Sender;
}

/** What a write handler gets: the writable handle, inside the write's transaction, and its audit note. */
export interface HandlerContext extends Omit<ReadContext, 'db'> {
  db: AppDatabase;
  audit: AuditNote;
}

/**
 * Returned by a write that must refuse the caller but still keep what it
 * wrote (a failed login counts towards the throttle): the transaction and its
 * audit row commit, then the caller gets the error.
 */
export class RefuseAfterCommit {
  constructor(readonly error: DomainError) {}
}

type Output<C extends Channel> = z.input<(typeof contract)[C]['output']>;
export type ReadHandler<C extends Channel> = (
  ctx: ReadContext,
  input: ParsedInput<C>,
) => Output<C> | Promise<Output<C>>;
type SyncWrite<C extends Channel, P> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
  prepared: P,
) => Output<C> | RefuseAfterCommit;
/**
 * Writes are synchronous so they run inside one SQLite transaction; work that
 * must await (hashing a password, copying a file) goes in `prepare`, before it.
 */
export type WriteHandler<C extends Channel, P = undefined> =
  SyncWrite<C, P> | { prepare: (ctx: HandlerContext, input: ParsedInput<C>) => Promise<P>; commit: SyncWrite<C, P> };
/** Channels the contract declares with `read(...)`; their handlers get the read-only context. */
export type ReadChannel = { [C in Channel]: (typeof contract)[C]['kind'] extends 'read' ? C : never }[Channel];
/** Channels declared with `write(...)`; their handlers run in a transaction with the writable handle. */
export type WriteChannel = Exclude<Channel, ReadChannel>;

type AnyCommit = (ctx: HandlerContext, input: unknown, prepared: unknown) => unknown;
interface Registered {
  prepare?: (ctx: HandlerContext, input: unknown) => Promise<unknown>;
  run: AnyCommit;
}

export interface RouterDeps {
  store: DatabaseStore;
  clock: Clock;
  ids: IdGenerator;
  sessions: SessionProvider;
  events: EventBus;
  audit: AuditTrail;
  log?: (message: string, error: unknown) => void;
}

const INTERNAL_MESSAGE =
  'Something went wrong and nothing was saved. Try again; if it keeps happening, tell your system administrator.';

/**
 * The one place a channel meets its handler. Every call: sender check →
 * session and role check → input parse → handler → output parse → envelope.
 * Every write runs in one transaction with exactly one audit row.
 */
export class Router {
  private readonly handlers = new Map<Channel, Registered>();
  private readonly afterWrites: ((db: AppDatabase) => void)[] = [];
  private readonly beforeReads = new Map<Channel, (db: AppDatabase) => void>();

  constructor(private readonly deps: RouterDeps) {}

  handle<C extends ReadChannel>(channel: C, handler: ReadHandler<C>): void;
  handle<C extends WriteChannel, P = undefined>(channel: C, handler: WriteHandler<C, P>): void;
  handle(channel: Channel, handler: unknown): void {
    if (!isChannel(channel)) throw new Error(`"${String(channel)}" is not in the contract`);
    if (this.handlers.has(channel)) throw new Error(`A handler for "${channel}" is already registered`);
    if (typeof handler === 'function') this.handlers.set(channel, { run: handler as AnyCommit });
    else {
      const { prepare, commit } = handler as { prepare: Registered['prepare']; commit: AnyCommit };
      this.handlers.set(channel, { ...(prepare ? { prepare } : {}), run: commit });
    }
  }

  /**
   * Work every write does last, inside its transaction: keeping derived data
   * (retention dates) in step with what the write changed, so reads never write.
   */
  afterEachWrite(work: (db: AppDatabase) => void): void {
    this.afterWrites.push(work);
  }

  /**
   * Bookkeeping a read needs first and must not do itself: catching derived
   * data up after a change made outside the app. It runs on the writable
   * handle before the read's read-only window, and writes only when stale.
   */
  beforeRead(channel: ReadChannel, work: (db: AppDatabase) => void): void {
    if (this.beforeReads.has(channel)) throw new Error(`"${channel}" already has work before its read`);
    this.beforeReads.set(channel, work);
  }

  /** Channels in the contract with no handler: start-up refuses to continue if any. */
  missingHandlers(): Channel[] {
    return (Object.keys(contract) as Channel[]).filter((channel) => !this.handlers.has(channel));
  }

  /** `options` carries what the transport passed beside the call: the write's idempotency key (idempotency.ts). */
  async dispatch(
    sender: Sender,
    channel: unknown,
    input: unknown,
    options: CallOptions = {},
  ): Promise<Envelope<unknown>> {
    try {
      return { ok: true, value: await this.run(sender, channel, input, options) };
    } catch (error) {
      return { ok: false, error: this.toAppError(error) };
    }
  }

  /** Typed in-process call for the main process's own code (demo data, benchmarks). */
  async call<C extends Channel>(
    channel: C,
    input: z.input<(typeof contract)[C]['input']>,
    actor?: Actor,
  ): Promise<ChannelOutput<C>> {
    const result = await this.dispatch({ transport: 'internal', ...(actor ? { actor } : {}) }, channel, input);
    if (!result.ok) {
      const code = result.error.code === 'INTERNAL' ? 'RULE_VIOLATION' : result.error.code;
      throw new DomainError(code, `${channel}: ${result.error.message}`, result.error.fieldErrors);
    }
    return result.value as ChannelOutput<C>;
  }

  private authorise(sender: Sender, channel: Channel): Actor {
    const session = this.deps.sessions.check(sender);
    if (PUBLIC_CHANNELS.has(channel)) return session.kind === 'none' ? ANONYMOUS : session.actor;
    if (session.kind === 'none') throw new DomainError('UNAUTHENTICATED', 'Log in to continue.');
    if (session.kind === 'locked' && !LOCKED_CHANNELS.has(channel)) {
      throw new DomainError('LOCKED', 'The window is locked. Enter your password to carry on.');
    }
    if (session.kind === 'mustChangePassword' && !PASSWORD_CHANGE_CHANNELS.has(channel)) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password before you carry on.');
    }
    if (!mayCall(session.actor.roles, channel)) {
      throw new DomainError('FORBIDDEN', 'Your role does not allow this action.');
    }
    return session.actor;
  }

  private async run(sender: Sender, channel: unknown, rawInput: unknown, options: CallOptions): Promise<unknown> {
    if (!isTrustedSender(sender)) {
      throw new DomainError('UNTRUSTED_SENDER', 'This request did not come from the Fostering Panel window.');
    }
    if (!isChannel(channel)) throw new DomainError('UNKNOWN_CHANNEL', 'This action is not available.');
    const actor = this.authorise(sender, channel);
    const definition = contract[channel];
    const parsed = definition.input.safeParse(rawInput);
    if (!parsed.success) throw validationError(parsed.error);
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for ${channel}`);
    const { store, clock, ids } = this.deps;
    const ctx = (): HandlerContext => ({ db: store.db, clock, ids, actor, sender, audit: {} });

    if (definition.kind === 'read') {
      this.beforeReads.get(channel)?.(store.db);
      // Any write the handler attempts is refused with SQLite's SQLITE_READONLY, whatever its type says.
      const result = readOnly(store.sqlite, () => handler.run(ctx(), parsed.data, undefined));
      const value = definition.output.parse(await result);
      if (channel === 'auth:activity') this.deps.sessions.touch(sender);
      return value;
    }
    // A retry of a write that committed gets its first answer, before `prepare` does any work again.
    const key = keyApplies(channel) ? checkedKey(sender, channel, options) : undefined;
    const keyed = key === undefined ? null : { key, userId: actor.userId, channel, input: rawInput };
    const earlier = keyed ? earlierAnswer(store.db, keyed) : undefined;
    if (earlier) return earlier.value;
    const prepared = handler.prepare ? await handler.prepare(ctx(), parsed.data) : undefined;
    // Handler, output check and audit row commit or roll back as one. The store is read only now:
    // a restore's `prepare` may have swapped the database, and its audit row belongs in the new one.
    const context = ctx();
    const entity = definition.entity ?? 'unknown';
    const transaction = store.sqlite.transaction(() => {
      // Checked again inside the transaction: a retry sent while the first was in `prepare` finds it here.
      const replay = keyed ? earlierAnswer(context.db, keyed) : undefined;
      if (replay) return { replay };
      this.deps.audit.beginWrite(store.sqlite);
      const before = this.deps.audit.snapshot(context.db, entity, targetId(parsed.data, entity));
      const result = handler.run(context, parsed.data, prepared);
      if (result instanceof Promise) throw new Error(`Write handler for ${channel} returned a promise`);
      const value = result instanceof RefuseAfterCommit ? result : definition.output.parse(result);
      for (const work of this.afterWrites) work(context.db);
      const entityId = context.audit.entityId ?? targetId(parsed.data, entity) ?? targetId(value);
      const after = result instanceof RefuseAfterCommit ? null : this.deps.audit.snapshot(context.db, entity, entityId);
      const anchor = this.deps.audit.append(store.sqlite, {
        at: clock.now().toISOString(),
        userId: context.actor.userId,
        userName: context.actor.displayName,
        roles: context.actor.roles,
        channel,
        entityType: entity,
        entityId: entityId ?? null,
        changes: { ...this.deps.audit.diff(before, after), ...context.audit.changes },
        seat: seatOf(sender),
      });
      if (keyed && !(value instanceof RefuseAfterCommit)) recordAnswer(context.db, keyed, value, clock.now());
      return { value, anchor };
    });
    let outcome: ReturnType<typeof transaction>;
    const changesBefore = changesSoFar(context.db);
    try {
      outcome = transaction();
    } catch (error) {
      // Rolled back: a stale save is explained from what is committed (who changed the record, and it as it is now).
      throw explainStale(error, store.db, definition.entity, targetId(parsed.data, entity));
    }
    if (outcome.replay) return outcome.replay.value;
    // Values kept between writes that this entity's writes cannot change are kept across this one.
    if (definition.entity) recordWrite(context.db, { entity: definition.entity, channel }, changesBefore);
    this.deps.audit.committed(outcome.anchor);
    this.deps.sessions.touch(sender);
    this.deps.events.emit('data:changed', { channel, entity });
    if (outcome.value instanceof RefuseAfterCommit) throw outcome.value.error;
    return outcome.value;
  }

  private toAppError(error: unknown): AppError {
    if (error instanceof DomainError) {
      return {
        code: error.code,
        message: error.message,
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
        ...(error.conflict ? { conflict: error.conflict } : {}),
      };
    }
    (this.deps.log ?? defaultLog)('Unexpected error in a handler', error);
    return { code: 'INTERNAL', message: INTERNAL_MESSAGE };
  }
}

/**
 * The record a write is about: `id`; for a sitting's or an item's parts (attendance, people, declarations) the
 * sitting or item they belong to, not the member named alongside; else for child records the parent's `memberId`.
 */
function targetId(value: unknown, entity?: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const owner = entity === 'sitting' ? record.sittingId : entity === 'agenda item' ? record.itemId : undefined;
  const id = record.id ?? owner ?? record.memberId ?? record.userId;
  return typeof id === 'string' ? id : undefined;
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}

/** Turns zod issues into one message per field, keyed by the field's path in the input. */
export function validationError(error: z.ZodError): DomainError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'form';
    fieldErrors[path] ??= issue.message;
  }
  const messages = Object.values(fieldErrors);
  const message =
    messages.length === 1 ? (messages[0] ?? '') : `There are ${messages.length} problems with what was entered.`;
  return new DomainError('VALIDATION_FAILED', message, fieldErrors);
}
