import type { z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
} from '../../shared/contract/channels';
import type { AppError, Envelope } from '../../shared/contract/envelope';
import { mayCall } from '../../shared/contract/permissions';
import type { AppDatabase, SqliteHandle } from '../../db/connection';
import type { Clock } from './clock';
import { DomainError } from './domain-error';
import type { EventBus } from './event-bus';
import type { IdGenerator } from './ids';
import { isTrustedSender, type Sender } from './sender';
import type { Actor, SessionProvider } from './session';

export interface HandlerContext {
  db: AppDatabase;
  clock: Clock;
  ids: IdGenerator;
  actor: Actor;
}

type Output<C extends Channel> = z.input<(typeof contract)[C]['output']>;
/** Reads may await; writes must be synchronous so they run inside one SQLite transaction. */
export type Handler<C extends Channel> = (typeof contract)[C]['kind'] extends 'write'
  ? (ctx: HandlerContext, input: ParsedInput<C>) => Output<C>
  : (ctx: HandlerContext, input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;

type AnyHandler = (ctx: HandlerContext, input: unknown) => unknown;

export interface RouterDeps {
  db: AppDatabase;
  sqlite: SqliteHandle;
  clock: Clock;
  ids: IdGenerator;
  session: SessionProvider;
  events: EventBus;
  log?: (message: string, error: unknown) => void;
}

const INTERNAL_MESSAGE =
  'Something went wrong and nothing was saved. Try again; if it keeps happening, tell your system administrator.';

/**
 * The one place a channel meets its handler. Every call: sender check →
 * session and role check → input parse → handler → output parse → envelope.
 */
export class Router {
  private readonly handlers = new Map<Channel, AnyHandler>();

  constructor(private readonly deps: RouterDeps) {}

  handle<C extends Channel>(channel: C, handler: Handler<C>): void {
    if (!isChannel(channel)) throw new Error(`"${String(channel)}" is not in the contract`);
    if (this.handlers.has(channel)) throw new Error(`A handler for "${channel}" is already registered`);
    this.handlers.set(channel, handler as AnyHandler);
  }

  /** Channels in the contract with no handler: start-up refuses to continue if any. */
  missingHandlers(): Channel[] {
    return (Object.keys(contract) as Channel[]).filter((channel) => !this.handlers.has(channel));
  }

  async dispatch(sender: Sender, channel: unknown, input: unknown): Promise<Envelope<unknown>> {
    try {
      return { ok: true, value: await this.run(sender, channel, input) };
    } catch (error) {
      return { ok: false, error: this.toAppError(error) };
    }
  }

  /** Typed in-process call for the main process's own code (demo data, benchmarks). */
  async call<C extends Channel>(channel: C, input: z.input<(typeof contract)[C]['input']>): Promise<ChannelOutput<C>> {
    const result = await this.dispatch({ transport: 'internal' }, channel, input);
    if (!result.ok)
      throw new DomainError(
        result.error.code === 'INTERNAL' ? 'RULE_VIOLATION' : result.error.code,
        `${channel}: ${result.error.message}`,
        result.error.fieldErrors,
      );
    return result.value as ChannelOutput<C>;
  }

  private async run(sender: Sender, channel: unknown, rawInput: unknown): Promise<unknown> {
    if (!isTrustedSender(sender)) {
      throw new DomainError('UNTRUSTED_SENDER', 'This request did not come from the Fostering Panel window.');
    }
    if (!isChannel(channel)) throw new DomainError('UNKNOWN_CHANNEL', 'This action is not available.');
    const actor = this.deps.session.actorFor(sender);
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Log in to continue.');
    if (!mayCall(actor.roles, channel)) {
      throw new DomainError('FORBIDDEN', 'Your role does not allow this action.');
    }
    const definition = contract[channel];
    const parsed = definition.input.safeParse(rawInput);
    if (!parsed.success) throw validationError(parsed.error);
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for ${channel}`);
    const ctx: HandlerContext = { db: this.deps.db, clock: this.deps.clock, ids: this.deps.ids, actor };

    if (definition.kind === 'read') {
      return definition.output.parse(await handler(ctx, parsed.data));
    }
    // The whole write, including the check of what it returns, commits or rolls back as one.
    const value = this.deps.sqlite.transaction(() => {
      const result = handler(ctx, parsed.data);
      if (result instanceof Promise) throw new Error(`Write handler for ${channel} returned a promise`);
      return definition.output.parse(result);
    })();
    this.deps.events.emit('data:changed', { channel, entity: definition.entity ?? 'unknown' });
    return value;
  }

  private toAppError(error: unknown): AppError {
    if (error instanceof DomainError) {
      return {
        code: error.code,
        message: error.message,
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      };
    }
    (this.deps.log ?? defaultLog)('Unexpected error in a handler', error);
    return { code: 'INTERNAL', message: INTERNAL_MESSAGE };
  }
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
