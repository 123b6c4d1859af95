import path from 'node:path';
import Database from 'better-sqlite3';
import { copyEncrypted, openEncrypted } from '../db/cipher';
import { withRequiredPragmas, type OpenConnection } from '../db/connection';
import type { Backend } from '../electron/compose';
import type { Channel, ChannelInput } from '../shared/contract/channels';
import type { Samples } from './samples';
import { SCREEN_READS, type ScreenRead } from './screens';
import { statsOf } from './stats';

/** quality.md: encryption may cost at most this much on any screen read (encrypted p50 / plain p50). */
export const ENCRYPTION_RATIO_GOAL = 1.3;
/** Samples per file, the two files interleaved sample by sample. */
const SAMPLES = 40;
/**
 * A sample is enough calls in a row to take about this long, so a read of a
 * few microseconds (auth:status, app:info) is timed well above the clock's
 * and the scheduler's noise; a sample's figure is its time per call.
 */
const SAMPLE_MS = 1;
const MAX_BATCH = 500;

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
  // The screen reads before this one wrote (reads that keep derived data): both files start with an empty WAL.
  backend.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const plain = openPlainTwin(file, key);
  const reads: EncryptionCost[] = [];
  try {
    for (const entry of SCREEN_READS) {
      const inputs = entry.inputs(samples);
      if (inputs.length === 0) continue;
      const times = await timeInterleaved(backend, samples, entry, inputs, { encrypted, plain });
      const encryptedP50 = statsOf(times.encrypted).p50;
      const plainP50 = statsOf(times.plain).p50;
      // From the medians before rounding: a read of a few microseconds would otherwise be a ratio of rounded figures.
      const ratio = Math.round((median(times.encrypted) / Math.max(median(times.plain), 1e-6)) * 100) / 100;
      reads.push({ screen: entry.screen, channel: entry.channel, encryptedP50, plainP50, ratio });
    }
  } finally {
    backend.store.replace(encrypted);
    plain.sqlite.close();
  }
  const worst = Math.max(...reads.map((r) => r.ratio));
  return { years, reads, worst, underGoal: reads.every((r) => r.ratio < ENCRYPTION_RATIO_GOAL) };
}

type Which = 'encrypted' | 'plain';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The read timed on both files in turn, sample by sample (encrypted first in
 * even samples, plain first in odd ones), so both see the same moment of the
 * machine and neither always runs first. A read that keeps derived data runs
 * its change (untimed) before each call, one call a sample.
 */
async function timeInterleaved(
  backend: Backend,
  samples: Samples,
  entry: ScreenRead,
  inputs: ChannelInput<Channel>[],
  files: Record<Which, OpenConnection>,
): Promise<Record<Which, number[]>> {
  const actor = entry.as === 'adm' ? samples.adm : samples.admin;
  // Each file has its own turn through the inputs, so both are timed on the same records in the same order.
  const next: Record<Which, number> = { encrypted: 0, plain: 0 };
  const caller = (which: Which) => () =>
    backend.router.call(entry.channel, inputs[next[which]++ % inputs.length] as never, actor);
  const change = entry.changeBefore ? () => entry.changeBefore?.(backend) : undefined;
  for (const which of ['encrypted', 'plain'] as const) {
    backend.store.replace(files[which]);
    for (let i = 0; i < 2; i += 1) await caller(which)();
  }
  const batch = change ? 1 : await batchSize(caller('encrypted'));
  next.encrypted = next.plain;
  const times: Record<Which, number[]> = { encrypted: [], plain: [] };
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const order: readonly Which[] = sample % 2 === 0 ? ['encrypted', 'plain'] : ['plain', 'encrypted'];
    for (const which of order) {
      backend.store.replace(files[which]);
      change?.();
      const call = caller(which);
      const started = performance.now();
      for (let i = 0; i < batch; i += 1) await call();
      times[which].push((performance.now() - started) / batch);
    }
  }
  return times;
}

/** How many calls make a sample of about SAMPLE_MS, from ten calls on the file in place. */
async function batchSize(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < 10; i += 1) await call();
  const perCall = (performance.now() - started) / 10;
  return Math.min(MAX_BATCH, Math.max(1, Math.ceil(SAMPLE_MS / Math.max(perCall, 0.001))));
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
