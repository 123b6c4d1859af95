import type { Stats } from './results';
import type { PhaseResult } from './seats-load';
import { REFETCH_SPREAD_MS } from '../shared/contract/live-reads';
import { statsOf } from './stats';

/** quality.md: service mode, 20 seats on loopback TLS, any read p95 ≤ 50 ms; 0 lost writes. */
export const SEAT_READ_P95_BUDGET_MS = 50;

export interface SeatsReport {
  at: string;
  years: number;
  seats: number;
  roles: { admin: number; adm: number };
  seconds: number;
  callsPerMinute: number;
  writeShare: number;
  inProcess: Record<string, Stats>;
  /** Each read over the network from one seat while the others wait: TLS, HTTP and the session, without queueing. */
  alone: Record<string, Stats>;
  phases: PhaseResult[];
  /** Acknowledged writes not found in the database afterwards, per phase (must be 0). */
  lost: number[];
  integrity: string;
  rssMb: { start: number | null };
}

export interface ChannelRow {
  channel: string;
  write: boolean;
  network: Stats;
  inProcess: Stats | null;
  alone: Stats | null;
  /** Network p50 / in-process p50. */
  ratio: number | null;
}

const WRITES = new Set(['households:create', 'feedback:create', 'households:update']);

export function channelRows(
  phase: PhaseResult,
  inProcess: Record<string, Stats>,
  alone: Record<string, Stats>,
): ChannelRow[] {
  return [...phase.times.entries()]
    .map(([channel, samples]) => {
      const network = statsOf(samples);
      const local = inProcess[channel] ?? null;
      const ratio = local ? Math.round((network.p50 / Math.max(local.p50, 0.001)) * 10) / 10 : null;
      return { channel, write: WRITES.has(channel), network, inProcess: local, alone: alone[channel] ?? null, ratio };
    })
    .sort((a, b) => Number(a.write) - Number(b.write) || a.channel.localeCompare(b.channel));
}

/** Channel left, figures right, in fixed widths. */
function tableLine(cells: string[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(26) : cell.padStart(11))).join(' ');
}

const ms = (value: number | undefined) =>
  value === undefined ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);

export function printSeats(report: SeatsReport): void {
  console.log(
    `\nService mode: ${String(report.seats)} seats (${String(report.roles.admin)} administrator, ${String(report.roles.adm)} ADM) on loopback TLS, ${String(report.years)}-year history`,
  );
  for (const [index, phase] of report.phases.entries()) {
    const rows = channelRows(phase, report.inProcess, report.alone);
    const calls = rows.reduce((sum, row) => sum + row.network.runs, 0);
    console.log(
      `\n${phase.label}: ${String(report.callsPerMinute * (index === 0 ? 1 : 10))} calls a minute a seat for ${String(report.seconds)} s; ${String(calls)} calls answered, ${String(phase.refetches)} of them refetches after a change`,
    );
    console.log(
      tableLine(['channel', 'calls', 'net p50', 'net p95', 'alone p50', 'in-proc p50', 'in-proc p95', 'ratio']),
    );
    for (const row of rows) {
      console.log(
        tableLine([
          row.write ? `${row.channel} (write)` : row.channel,
          String(row.network.runs),
          ms(row.network.p50),
          ms(row.network.p95),
          ms(row.alone?.p50),
          ms(row.inProcess?.p50),
          ms(row.inProcess?.p95),
          row.ratio === null ? '–' : `${String(row.ratio)}×`,
        ]),
      );
    }
    const reads = rows.filter((row) => !row.write);
    const worst = reads.reduce<ChannelRow | null>((w, row) => (!w || row.network.p95 > w.network.p95 ? row : w), null);
    if (worst) {
      const within = worst.network.p95 <= SEAT_READ_P95_BUDGET_MS ? 'within' : 'OVER';
      console.log(
        `worst read p95: ${worst.channel} ${ms(worst.network.p95)} ms (budget ${String(SEAT_READ_P95_BUDGET_MS)} ms: ${within})`,
      );
    }
    if (phase.shownAfterMs.length > 0) {
      const shown = statsOf(phase.shownAfterMs);
      console.log(
        `a change shown at the other seats (event heard → read again, its 0–${String(REFETCH_SPREAD_MS)} ms wait included): p50 ${ms(shown.p50)} ms, p95 ${ms(shown.p95)} ms, worst ${ms(shown.max)} ms`,
      );
    }
    const failures = [...phase.failures.entries()].map(([what, count]) => `${what} ×${String(count)}`);
    console.log(
      `writes acknowledged ${String(phase.acknowledged.length)}, lost ${String(report.lost[index] ?? 0)}, unanswered ${String(phase.unanswered)}; refused or failed calls: ${failures.length === 0 ? 'none' : failures.join(', ')}`,
    );
    const peak = phase.rssMb.length > 0 ? Math.max(...phase.rssMb) : null;
    console.log(
      `host RSS: ${peak === null ? 'not readable here' : `peak ${String(peak)} MB`} (at start ${String(report.rssMb.start ?? '–')} MB)`,
    );
  }
  console.log(`\ndatabase after the run: quick_check ${report.integrity}`);
}

/** The report as JSON: figures per channel, not every sample. */
export function reportJson(report: SeatsReport): unknown {
  return {
    ...report,
    phases: report.phases.map((phase, index) => ({
      label: phase.label,
      channels: channelRows(phase, report.inProcess, report.alone),
      acknowledged: phase.acknowledged.length,
      lost: report.lost[index] ?? 0,
      unanswered: phase.unanswered,
      failures: Object.fromEntries(phase.failures),
      refetches: phase.refetches,
      shownAfterMs: phase.shownAfterMs.length > 0 ? statsOf(phase.shownAfterMs) : null,
      rssPeakMb: phase.rssMb.length > 0 ? Math.max(...phase.rssMb) : null,
    })),
  };
}
