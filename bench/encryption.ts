import path from 'node:path';
import Database from 'better-sqlite3';
import { copyEncrypted, openEncrypted } from '../db/cipher';
import { withRequiredPragmas, type OpenConnection } from '../db/connection';
import type { Backend } from '../electron/compose';
import type { Channel, ChannelInput } from '../shared/contract/channels';
import type { Samples } from './samples';
import { SCREEN_READS, type ScreenRead } from './screens';
import { statsOf, timeRuns } from './stats';

/** quality.md: encryption may cost at most this much on any screen read (encrypted p50 / plain p50). */
export const ENCRYPTION_RATIO_GOAL = 1.3;
/** Per half: each file is timed twice, 2 × 20 calls. */
const RUNS = 20;

export interface EncryptionCost {
  screen: string;
  channel: string;
  encryptedP50: number;
  plainP50: number;
  /** encrypted p50 / plain p50. */
  ratio: number;
}

export interface EncryptionCostResult {
  years: number;
  reads: EncryptionCost[];
  /** The worst read's ratio, and whether every read is under the goal. */
  worst: number;
  underGoal: boolean;
}

/**
 * The cost of encryption on every screen read, in one run: the same reads,
 * inputs and actor, through the same router, timed on the encrypted working
 * copy and on a plain twin of it (decrypted, same pages), swapped in under
 * the store in turn per read so both see the same conditions.
 */
export async function measureEncryptionCost(
  backend: Backend,
  samples: Samples,
  file: string,
  key: Buffer,
  years: number,
): Promise<EncryptionCostResult> {
  const encrypted: OpenConnection = { sqlite: backend.store.sqlite, db: backend.store.db };
  const plain = openPlainTwin(file, key);
  const reads: EncryptionCost[] = [];
  try {
    for (const entry of SCREEN_READS) {
      const inputs = entry.inputs(samples);
      if (inputs.length === 0) continue;
      // Halves in alternating order, so neither file always runs first (warm caches, a busy neighbour).
      const times = { encrypted: [] as number[], plain: [] as number[] };
      for (const order of [
        ['encrypted', 'plain'],
        ['plain', 'encrypted'],
      ] as const) {
        for (const which of order) {
          backend.store.replace(which === 'encrypted' ? encrypted : plain);
          times[which].push(...(await timeRead(backend, samples, entry, inputs)));
        }
      }
      const encryptedP50 = statsOf(times.encrypted).p50;
      const plainP50 = statsOf(times.plain).p50;
      const ratio = Math.round((encryptedP50 / Math.max(plainP50, 0.001)) * 100) / 100;
      reads.push({ screen: entry.screen, channel: entry.channel, encryptedP50, plainP50, ratio });
    }
  } finally {
    backend.store.replace(encrypted);
    plain.sqlite.close();
  }
  const worst = Math.max(...reads.map((r) => r.ratio));
  return { years, reads, worst, underGoal: reads.every((r) => r.ratio < ENCRYPTION_RATIO_GOAL) };
}

function timeRead(backend: Backend, samples: Samples, entry: ScreenRead, inputs: ChannelInput<Channel>[]) {
  const actor = entry.as === 'adm' ? samples.adm : samples.admin;
  let next = 0;
  const change = entry.changeBefore ? () => entry.changeBefore?.(backend) : undefined;
  return timeRuns(
    () => backend.router.call(entry.channel, inputs[next++ % inputs.length] as never, actor),
    RUNS,
    2,
    change,
  );
}

/** A decrypted copy beside the working copy, opened with the app's pragmas but no key (the bench only). */
function openPlainTwin(file: string, key: Buffer): OpenConnection {
  const twin = path.join(path.dirname(file), 'plain-twin.sqlite');
  const source = openEncrypted(file, key, { readonly: true });
  try {
    copyEncrypted(source, twin);
  } finally {
    source.close();
  }
  const decrypting = openEncrypted(twin, key);
  try {
    decrypting.rekey(Buffer.alloc(0));
  } finally {
    decrypting.close();
  }
  return withRequiredPragmas(new Database(twin));
}

/** The table printed after the bench's own, one per size. */
export function printEncryptionCost(result: EncryptionCostResult): string {
  const lines = [
    `Encryption cost at ${result.years} year(s): screen read p50, encrypted / plain (goal under ${ENCRYPTION_RATIO_GOAL}×)`,
    `${'screen'.padEnd(34)} ${'channel'.padEnd(34)} ${'encrypted'.padStart(10)} ${'plain'.padStart(10)} ${'ratio'.padStart(6)}`,
  ];
  for (const read of result.reads) {
    lines.push(
      `${read.screen.padEnd(34)} ${read.channel.padEnd(34)} ${read.encryptedP50.toFixed(2).padStart(10)} ` +
        `${read.plainP50.toFixed(2).padStart(10)} ${read.ratio.toFixed(2).padStart(5)}×`,
    );
  }
  lines.push(
    `Worst ratio ${result.worst.toFixed(2)}×: ${result.underGoal ? 'every read under' : 'NOT every read under'} ${ENCRYPTION_RATIO_GOAL}×.`,
  );
  return lines.join('\n');
}
