import type { Backend } from '../electron/compose';
import { buildDataReturnFile } from '../electron/features/reports/data-return-files';
import { dataReturnYearOf } from '../shared/domain/reports/data-return';
import type { OperationResult } from './results';
import type { Samples } from './samples';
import { judge, statsOf, timeRuns } from './stats';

/** quality.md: the annual fostering data return for one year, within 200 ms. */
export const DATA_RETURN_BUDGET_MS = 200;
const RUNS = 10;

/**
 * The annual fostering data return for the last whole year before the
 * history's end: the figures through the real router (validation, the facts'
 * reads, the pure function, the output check), then its CSV and Word summary
 * built as documents:issue builds them. Printed with the other operations;
 * judged against the budget, never failing.
 */
export async function measureDataReturn(backend: Backend, samples: Samples): Promise<OperationResult[]> {
  const year = dataReturnYearOf(samples.today) - 1;
  const figures = statsOf(
    await timeRuns(() => backend.router.call('reports:dataReturn', { year }, samples.admin), RUNS),
  );
  const results: OperationResult[] = [
    {
      name: `Annual data return ${year}/${String((year + 1) % 100).padStart(2, '0')} (reports:dataReturn)`,
      stats: figures,
      judged: judge(figures.p50, DATA_RETURN_BUDGET_MS),
    },
  ];
  const now = new Date(`${samples.today}T09:00:00`);
  for (const format of ['csv', 'docx'] as const) {
    const stats = statsOf(
      await timeRuns(() => buildDataReturnFile(backend.store.db, year, format, samples.today, now), RUNS),
    );
    results.push({ name: `Annual data return as ${format.toUpperCase()}`, stats, judged: judge(stats.p50, null) });
  }
  return results;
}
