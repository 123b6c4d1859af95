import type { Backend } from '../electron/compose';
import { financialYearContaining } from '../shared/domain/reports/period';
import type { OperationResult } from './results';
import type { Samples } from './samples';
import { judge, statsOf, timeRuns } from './stats';

/** Issue 21: the inspection bundle of a year at 20 years, whole (every file built, zipped, encrypted, registered). */
export const INSPECTION_BUNDLE_BUDGET_MS = 3000;
/** One household's case chain, as its page reads it: a screen read. */
const CASE_CHAIN_BUDGET_MS = 20;
const RUNS = 3;

/** The bundle of the year containing the history's last day, and a household's case chain. */
export async function measureInspectionBundle(backend: Backend, samples: Samples): Promise<OperationResult[]> {
  const year = financialYearContaining(samples.today);
  const input = { ...year, minutesCount: 3, passphrase: 'bench passphrase for the bundle' };
  const bundle = statsOf(
    await timeRuns(() => backend.router.call('reports:inspectionBundle', input, samples.admin), RUNS, 1),
  );
  const householdId = backend.store.sqlite
    .prepare(
      'SELECT household_id FROM agenda_items WHERE household_id IS NOT NULL GROUP BY household_id ORDER BY count(*) DESC LIMIT 1',
    )
    .pluck()
    .get() as string | undefined;
  const results: OperationResult[] = [
    {
      name: `Inspection bundle, ${year.from} to ${year.to}`,
      stats: bundle,
      judged: judge(bundle.p50, INSPECTION_BUNDLE_BUDGET_MS),
    },
  ];
  if (householdId) {
    const chain = statsOf(
      await timeRuns(() => backend.router.call('households:caseChain', { id: householdId }, samples.admin), 20),
    );
    results.push({
      name: 'Case chain of the busiest household',
      stats: chain,
      judged: judge(chain.p50, CASE_CHAIN_BUDGET_MS),
    });
  }
  return results;
}
