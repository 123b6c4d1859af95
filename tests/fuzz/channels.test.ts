import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../shared/contract/channels';
import { callChecked, fuzzFailure, schemaAccepts } from './fuzz-call';
import { openFuzzBackend, type FuzzBackend } from './fuzz-backend';
import { FUZZ_RUNS, FUZZ_SEED, RECORD_RUNS } from './fuzz-settings';
import { junk } from './junk';
import { withOneBreak } from './one-break';
import { plausibleInput } from './plausible-input';

const MISSING_ID = 'fuzz-missing';
const missingIds = fc.stringMatching(/^[a-z0-9]{1,12}$/).map((tail) => `${MISSING_ID}-${tail}`);
const namesMissingRecord = (input: unknown) => JSON.stringify(input)?.includes(MISSING_ID) ?? false;

/** fast-check prints the seed, the path and the smallest failing input; FUZZ_SEED replays it. */
const runs = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  includeErrorInReport: true,
  ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }),
});
const TIMEOUT = 10 * 60_000;
const ACCEPTED_READS = Math.ceil(FUZZ_RUNS / 10);

let fuzz: FuzzBackend;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const fuzzed = new Set<Channel>();

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  fuzz = await openFuzzBackend();
}, 120_000);
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  fuzz.dispose();
});

describe.each(CHANNELS)('%s', (channel) => {
  const definition = contract[channel];
  /**
   * Malformed input must be refused as VALIDATION_FAILED with nothing written.
   * A read may also be given input its schema takes (junk that happens to be
   * a valid filter): any typed answer will do then, but it still writes
   * nothing. Such calls run real queries, so each property runs only a tenth
   * of its runs' worth of them and skips the rest.
   */
  function refusesMalformed(contentBefore: string) {
    let acceptedReads = 0;
    return async (input: unknown) => {
      if (schemaAccepts(channel, input)) {
        fc.pre(definition.kind === 'read' && acceptedReads < ACCEPTED_READS);
        acceptedReads += 1;
        await callChecked(fuzz, channel, input, contentBefore);
        return;
      }
      const result = await callChecked(fuzz, channel, input, contentBefore);
      if (result.ok || result.error.code !== 'VALIDATION_FAILED') {
        throw fuzzFailure('Malformed input was not refused as VALIDATION_FAILED', result);
      }
    };
  }

  it(
    'refuses arbitrary junk with a validation error and writes nothing',
    async () => {
      const before = fuzz.contentHash();
      await fc.assert(fc.asyncProperty(junk, refusesMalformed(before)), runs(FUZZ_RUNS));
      expect(fuzz.contentHash()).toBe(before);
      expect(unhandled).toEqual([]);
      fuzzed.add(channel);
    },
    TIMEOUT,
  );

  it(
    'refuses near-valid input with one thing broken, and writes nothing',
    async () => {
      const before = fuzz.contentHash();
      const check = refusesMalformed(before);
      const nearValid = withOneBreak(plausibleInput(definition.input, { ids: fc.constantFrom(...fuzz.recordIds) }));
      await fc.assert(
        fc.asyncProperty(nearValid, ({ input }) => check(input)),
        runs(FUZZ_RUNS),
      );
      expect(fuzz.contentHash()).toBe(before);
      expect(unhandled).toEqual([]);
    },
    TIMEOUT,
  );

  /**
   * Well-formed input naming at least one record that does not exist (other
   * references real, so deeper checks are reached): a typed refusal, or for a
   * read any typed answer, and nothing written.
   */
  it(
    'answers references to records that do not exist without crashing or writing',
    async () => {
      const before = fuzz.contentHash();
      const ids = fc.oneof(missingIds, fc.constantFrom(...fuzz.recordIds));
      const arbitrary = plausibleInput(definition.input, { ids });
      const sample = fc.sample(arbitrary, { numRuns: 200, seed: 1 });
      const usable = sample.filter((input) => namesMissingRecord(input) && schemaAccepts(channel, input));
      if (usable.length === 0) return; // The channel names no records (or none its schema accepts here).
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          fc.pre(namesMissingRecord(input) && schemaAccepts(channel, input));
          const result = await callChecked(fuzz, channel, input, before);
          if (definition.kind === 'write' && result.ok)
            throw fuzzFailure('A write naming a missing record succeeded', result);
        }),
        runs(RECORD_RUNS),
      );
      expect(fuzz.contentHash()).toBe(before);
      expect(unhandled).toEqual([]);
    },
    TIMEOUT,
  );
});

it('fuzzed every channel in the contract', () => {
  expect(CHANNELS.filter((channel) => !fuzzed.has(channel))).toEqual([]);
});
