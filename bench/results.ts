import type { BudgetKind } from './screens';

/**
 * The JSON `npm run bench` writes (to bench-results/, not committed). The
 * format is committed here; bump RESULTS_FORMAT when a field changes meaning.
 * Every time is in milliseconds, every memory figure in megabytes.
 */
export const RESULTS_FORMAT = 2;

export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** A figure beside its quality.md budget; `pass` is null when there is no budget for it. */
export interface Judged {
  /** The figure compared with the budget (p95 for reads, p50 for one-off operations). */
  value: number;
  budget: number | null;
  pass: boolean | null;
}

export interface ReadResult {
  screen: string;
  channel: string;
  /** Which quality.md budget the read is held to (and so which growth goal, goals.ts). */
  budget: BudgetKind;
  /** How many different inputs (records) were rotated through. */
  inputs: number;
  router: Stats;
  /** The same SQL statements as raw better-sqlite3 prepared statements. */
  raw: Stats;
  /** router p50 / raw p50. */
  ratio: number;
  /** Statements one call runs (the first input): many means an N+1. */
  statements: number;
  /** Tables a statement behind this read scans in full (EXPLAIN QUERY PLAN `SCAN t` without an index). */
  fullScans: string[];
  /** Of those, the tables that grow with the years and that this screen has no reason to read in full. */
  unexpectedScans: string[];
  judged: Judged;
  /** Issue 17's goal: router p50 within 1.5× of raw p50, or within 0.2 ms of it when raw is under 0.4 ms (goals.ts). */
  ratioMet: boolean;
  /** The contract's output check alone (zod parse of the read's output), timed apart from the call. */
  outputCheck: Stats;
}

export interface OperationResult {
  name: string;
  stats: Stats;
  judged: Judged;
}

export interface SizeResult {
  years: number;
  seed: number;
  generatorVersion: number;
  counts: Record<string, number>;
  reads: ReadResult[];
  /** Minutes DOCX, letters, open + migrate-check + quick_check. */
  operations: OperationResult[];
  /** Main-process RSS after one round of every screen's reads, in a fresh process. */
  rssMb: Judged;
  /** Chromium: navigation to the dashboard table shown with data; null when not measured at this size. */
  dashboardUsable: OperationResult | null;
}

/** How one figure (a p50: steadier than p95 on a shared machine) grows with the years of data (`byYears["20"] / byYears["1"]` is `growth`). */
export interface GrowthRow {
  figure: string;
  byYears: Record<string, number>;
  growth: number | null;
  /** The growth a screen read must stay below (goals.ts); null for figures that are not screen reads. */
  limit: number | null;
}

export interface BenchResults {
  format: typeof RESULTS_FORMAT;
  startedAt: string;
  machine: { node: string; platform: string; cpus: number };
  sizes: SizeResult[];
  growth: GrowthRow[];
}
