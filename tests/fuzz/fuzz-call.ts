import type { Channel } from '../../shared/contract/channels';
import { contract } from '../../shared/contract/channels';
import { EnvelopeSchema, type Envelope } from '../../shared/contract/envelope';
import { LOOPBACK } from '../factories/backend';
import type { FuzzBackend } from './fuzz-backend';

/** Whether the channel's own schema takes the input: if it does, the input is not malformed. */
export function schemaAccepts(channel: Channel, input: unknown): boolean {
  try {
    return contract[channel].input.safeParse(input).success;
  } catch {
    // The router meets the same throw; the call itself then shows it as an INTERNAL error.
    return false;
  }
}

/** A failed check, thrown inside a property so fast-check shrinks the input and prints it with the seed. */
export function fuzzFailure(what: string, result: unknown): Error {
  return new Error(`${what}. The router answered: ${JSON.stringify(result)?.slice(0, 500)}`);
}

/**
 * One call through the real router as a user allowed on the channel, with
 * the checks every call must pass: a well-formed envelope, never INTERNAL,
 * and nothing in the database changed. Rows written and rolled back still
 * move SQLite's change count, so a moved count is settled by comparing the
 * whole content with `contentBefore`. (Plain checks, not `expect`: this runs
 * a couple of hundred thousand times.)
 */
export async function callChecked(
  fuzz: FuzzBackend,
  channel: Channel,
  input: unknown,
  contentBefore: string,
): Promise<Envelope<unknown>> {
  fuzz.signInFor(channel);
  const changesBefore = fuzz.changeCount();
  const result = await fuzz.backend.router.dispatch(LOOPBACK, channel, input);
  if (!EnvelopeSchema.safeParse(result).success) throw fuzzFailure('The answer is not a well-formed envelope', result);
  if (!result.ok && result.error.code === 'INTERNAL') throw fuzzFailure('The handler crashed (INTERNAL)', result);
  if (fuzz.changeCount() !== changesBefore && fuzz.contentHash() !== contentBefore) {
    throw fuzzFailure('The database content changed', result);
  }
  return result;
}
