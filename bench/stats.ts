import type { Judged, Stats } from './results';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function statsOf(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** Times `run` `times` times, in milliseconds, after `warmUp` untimed runs; `before` runs untimed before each. */
export async function timeRuns(
  run: () => unknown,
  times: number,
  warmUp = 2,
  before: () => void = () => undefined,
): Promise<number[]> {
  for (let i = 0; i < warmUp; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    before();
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

export function judge(value: number, budget: number | null): Judged {
  return { value: round(value), budget, pass: budget === null ? null : value <= budget };
}
