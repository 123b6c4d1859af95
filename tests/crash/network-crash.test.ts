import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../factories/backend';
import { formatNetworkFigures, runNetworkCrashHarness } from './network-harness';

/** The short version inside `npm test`; `npm run test:crash -- --network` runs as many kills as asked. */
const KILLS = 3;
const SEATS = 3;
const SEED = 20261203;

describe('crash safety over the network: the host killed while seats write over HTTPS', () => {
  const folder = tempFolder();
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(`keeps every acknowledged write and applies no retried write twice over ${KILLS} kills`, async () => {
    const figures = await runNetworkCrashHarness({ kills: KILLS, seed: SEED, folder, seats: SEATS });
    console.log(formatNetworkFigures(figures));
    expect(figures.firstFailure).toBeNull();
    expect(figures.kills).toBe(KILLS);
    expect(figures.lost).toBe(0);
    expect(figures.duplicates).toBe(0);
    expect(figures.refused).toBe(0);
    expect(figures.acknowledged).toBeGreaterThan(0);
    // Every acknowledged write committed its key with it, and nothing else did.
    expect(figures.idempotencyKeys).toBe(figures.acknowledged);
  }, 120_000);
});
