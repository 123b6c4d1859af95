import { GOAL, goalSummary, growthMet } from './goals';
import type { BenchResults, Judged, OperationResult, SizeResult } from './results';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const verdict = (j: Judged) => (j.pass === null ? '' : j.pass ? 'pass' : 'OVER');
const budget = (j: Judged, unit = 'ms') => (j.budget === null ? '–' : `≤ ${j.budget} ${unit}`);

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function operationRow(o: OperationResult, unit = 'ms'): string[] {
  return [o.name, ms(o.stats.p50), ms(o.stats.p95), ms(o.stats.max), budget(o.judged, unit), verdict(o.judged)];
}

function sizeReport(size: SizeResult): string {
  const counts = Object.entries(size.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const reads = table(
    [
      'Screen',
      'Channel',
      'p50',
      'p95',
      'max',
      'raw p50',
      'ratio',
      'goal',
      'out check p50',
      'stmts',
      'full scans',
      'budget (p95)',
      '',
    ],
    size.reads.map((r) => [
      r.screen,
      r.channel,
      ms(r.router.p50),
      ms(r.router.p95),
      ms(r.router.max),
      ms(r.raw.p50),
      `${r.ratio}×`,
      r.ratioMet ? 'met' : 'MISSED',
      ms(r.outputCheck.p50),
      String(r.statements),
      r.fullScans.map((t) => (r.unexpectedScans.includes(t) ? `${t}!` : t)).join(' ') || '–',
      budget(r.judged),
      verdict(r.judged),
    ]),
  );
  const operations = table(
    ['Operation', 'p50', 'p95', 'max', 'budget (p50)', ''],
    [
      ...size.operations.map((o) => operationRow(o)),
      ...(size.dashboardUsable ? [operationRow(size.dashboardUsable)] : []),
      [
        'Main-process RSS after every screen once (MB)',
        ms(size.rssMb.value),
        '',
        '',
        budget(size.rssMb, 'MB'),
        verdict(size.rssMb),
      ],
    ],
  );
  const legend = [
    'full scans: tables a statement walks end to end; "!" marks a growing table the screen has no reason to scan',
    `goal: router p50 ≤ ${GOAL.ratio}× raw p50, or ≤ raw + ${GOAL.slackMs} ms when raw is under ${GOAL.smallRawMs} ms; out check: the contract's zod parse of the output alone`,
  ].join('\n');
  return `\n== ${size.years} year${size.years === 1 ? '' : 's'} (seed ${size.seed}): ${counts}\n\n${reads}\n${legend}\n\n${operations}\n`;
}

export function printResults(results: BenchResults): string {
  const parts = results.sizes.map(sizeReport);
  if (results.sizes.length > 1) {
    const years = results.sizes.map((s) => String(s.years));
    parts.push(
      `\n== Growth (ms unless named)\n\n${table(
        ['Figure', ...years.map((y) => `${y} y`), `× ${years[0]}→${years.at(-1)} y`, 'goal', ''],
        results.growth.map((g) => {
          const met = growthMet(g);
          return [
            g.figure,
            ...years.map((y) => ms(g.byYears[y] ?? Number.NaN)),
            g.growth === null ? '–' : `${g.growth}×`,
            g.limit === null ? '–' : `< ${g.limit}×`,
            met === null ? '' : met ? 'met' : 'MISSED',
          ];
        }),
      )}\n`,
    );
  }
  parts.push(`\n${goalSummary(results).join('\n')}\n`);
  return parts.join('');
}
