import type { BudgetKind } from './screens';
import type { BenchResults, GrowthRow, ReadResult } from './results';

/**
 * Issue 17's goal for screen reads, beside quality.md's budgets: the router
 * adds little to the SQL a read runs, and a read grows with what it shows,
 * not with the years of history.
 */
export const GOAL = {
  /** Router p50 at most this many times the raw statements' p50 … */
  ratio: 1.5,
  /** … or, when the raw p50 is under this (ms), at most `slackMs` above it: the fixed validation cost. */
  smallRawMs: 0.4,
  slackMs: 0.2,
  /** p50 at the largest size over p50 at the smallest, below this … */
  growth: 2,
  /** … and below this for the reads that sum the whole history by design. */
  growthWhole: 3,
} as const;

/** Whether a read's router p50 is close enough to its raw statements' p50. */
export function ratioMet(read: Pick<ReadResult, 'router' | 'raw'>): boolean {
  const router = read.router.p50;
  const raw = read.raw.p50;
  if (router <= raw * GOAL.ratio) return true;
  return raw < GOAL.smallRawMs && router - raw <= GOAL.slackMs;
}

export function growthLimit(budget: BudgetKind): number {
  return budget === 'dashboard' || budget === 'annualReport' ? GOAL.growthWhole : GOAL.growth;
}

/** The growth a read's figure is held to, by its figure name in the growth table; null for other figures. */
export function growthLimits(reads: readonly ReadResult[]): Map<string, number> {
  return new Map(reads.map((read) => [readFigure(read), growthLimit(read.budget)]));
}

export function readFigure(read: Pick<ReadResult, 'screen' | 'channel'>): string {
  return `${read.screen} · ${read.channel} p50`;
}

export function growthMet(row: GrowthRow): boolean | null {
  if (row.limit === null || row.growth === null) return null;
  return row.growth < row.limit;
}

/** One line per goal naming the reads that miss it (at the largest size measured), for the end of the report. */
export function goalSummary(results: BenchResults): string[] {
  const largest = [...results.sizes].sort((a, b) => b.years - a.years)[0];
  if (!largest) return [];
  const ratioMisses = largest.reads
    .filter((read) => !ratioMet(read))
    .map((read) => `${read.screen} (${read.channel}) ${read.ratio}×`);
  const lines = [
    `Goal, router p50 ≤ ${GOAL.ratio}× raw p50 (or ≤ raw + ${GOAL.slackMs} ms under ${GOAL.smallRawMs} ms) at ${largest.years} years: ` +
      (ratioMisses.length === 0
        ? `every read meets it (${largest.reads.length}).`
        : `${largest.reads.length - ratioMisses.length} of ${largest.reads.length} meet it; missed by ${ratioMisses.join(', ')}.`),
  ];
  const judged = results.growth.filter((row) => growthMet(row) !== null);
  if (judged.length > 0) {
    const misses = judged.filter((row) => growthMet(row) === false).map((row) => `${row.figure} ${row.growth}×`);
    lines.push(
      `Goal, growth below ${GOAL.growth}× (dashboard and annual report ${GOAL.growthWhole}×): ` +
        (misses.length === 0
          ? `every read meets it (${judged.length}).`
          : `${judged.length - misses.length} of ${judged.length} meet it; missed by ${misses.join(', ')}.`),
    );
  }
  return lines;
}
