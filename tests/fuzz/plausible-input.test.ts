import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract/channels';
import { plausibleInput } from './plausible-input';

/**
 * Near-valid fuzzing breaks one thing in a plausible input, so the walker
 * over each channel's zod schema must build valid input often. A new channel
 * whose schema the walker cannot follow fails here instead of being fuzzed
 * with junk only.
 */
describe('plausible input built from the contract', () => {
  it.each(CHANNELS)('%s: at least one in ten is valid', (channel) => {
    const schema = contract[channel].input;
    const sample = fc.sample(plausibleInput(schema, { ids: fc.constantFrom('t-0001', 'member-2') }), {
      numRuns: 200,
      seed: 20261123,
    });
    const valid = sample.filter((input) => schema.safeParse(input).success).length;
    expect(valid).toBeGreaterThanOrEqual(20);
  });
});
