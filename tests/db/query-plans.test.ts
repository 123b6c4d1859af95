import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureStatements, fullScans } from '../../bench/capture';
import { pickSamples, type Samples } from '../../bench/samples';
import { SCREEN_READS, unexpectedScans } from '../../bench/screens';
import { steppingClock } from '../../electron/backend/clock';
import { generateServiceHistory, historyStart } from '../../electron/demo/service-history';
import { openTestBackend, type TestBackend } from '../factories/backend';
import { TEST_TODAY } from '../factories/clock';

/**
 * Every read behind a screen (the bench's table), run on a generated year:
 * EXPLAIN QUERY PLAN of each statement it runs must not show a full scan of
 * a table that grows with the years, unless the screen shows that whole table.
 * A behaviour test of the queries' shape; it times nothing.
 */
describe('query plans behind the screens', () => {
  let backend: TestBackend;
  let samples: Samples;

  beforeAll(async () => {
    const clock = steppingClock(historyStart({ years: 1, today: TEST_TODAY }));
    backend = await openTestBackend({ clock });
    await generateServiceHistory(backend.router, clock, { years: 1, seed: 2019, today: TEST_TODAY, documentChance: 0 });
    samples = pickSamples(backend.store.sqlite, TEST_TODAY);
  }, 600_000);
  afterAll(() => backend.dispose());

  it.each(SCREEN_READS.map((entry) => [`${entry.screen}: ${entry.channel}`, entry] as const))(
    '%s reads growing tables through indexes',
    async (_name, entry) => {
      const input = entry.inputs(samples)[0];
      expect(input, 'the generated year has a record to open').toBeDefined();
      const actor = entry.as === 'adm' ? samples.adm : samples.admin;
      const { statements } = await captureStatements(backend.store.sqlite, () =>
        backend.router.call(entry.channel, input as never, actor),
      );
      expect(unexpectedScans(entry, fullScans(backend.store.sqlite, statements))).toEqual([]);
    },
  );
});
