import { growthLimits, readFigure } from './goals';
import type { GrowthRow, SizeResult } from './results';

/** The figures worth following from 1 to 5 to 20 years, by name. */
function figures(size: SizeResult): Map<string, number> {
  const map = new Map<string, number>();
  for (const read of size.reads) map.set(readFigure(read), read.router.p50);
  for (const operation of size.operations) map.set(operation.name.replace(/,.*$/, ''), operation.stats.p50);
  map.set('Main-process RSS (MB)', size.rssMb.value);
  if (size.dashboardUsable) map.set('Dashboard usable in Chromium', size.dashboardUsable.stats.p50);
  return map;
}

export function growthRows(sizes: readonly SizeResult[]): GrowthRow[] {
  const sorted = [...sizes].sort((a, b) => a.years - b.years);
  const byFigure = new Map<string, Record<string, number>>();
  for (const size of sorted) {
    for (const [figure, value] of figures(size)) {
      const row = byFigure.get(figure) ?? {};
      row[String(size.years)] = value;
      byFigure.set(figure, row);
    }
  }
  const first = sorted[0];
  const last = sorted.at(-1);
  const limits = growthLimits(sorted.flatMap((size) => size.reads));
  return [...byFigure].map(([figure, byYears]) => {
    const from = first ? byYears[String(first.years)] : undefined;
    const to = last ? byYears[String(last.years)] : undefined;
    const growth = from && to && first !== last ? Math.round((to / from) * 10) / 10 : null;
    return { figure, byYears, growth, limit: limits.get(figure) ?? null };
  });
}
