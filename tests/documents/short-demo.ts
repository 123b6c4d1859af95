import { steppingClock } from '../../electron/backend/clock';
import { generateServiceHistory, historyStart } from '../../electron/demo/service-history';
import type { Channel, ChannelOutput } from '../../shared/contract/channels';
import { LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { TEST_TODAY } from '../factories/clock';

/**
 * Where the short demo history stops: three months of panel business (seeded,
 * so always the same), which already holds a case for every letter, approved
 * minutes sent to the ADM and sittings still to come. The whole year takes
 * about four times as long.
 */
export const SHORT_DEMO_END = new Date('2026-02-20T09:00:00');
export const SHORT_DEMO_TODAY = '2026-02-20';

export interface ShortDemo {
  backend: TestBackend;
  /** A read or write as the signed-in administrator in browser mode, as the window makes it. */
  as<C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>>;
  /** The seconds the history took to generate, for the report. */
  seconds: number;
}

/** The demo generator's history up to SHORT_DEMO_END, on a real SQLite file, with an administrator signed in. */
export async function openShortDemo(): Promise<ShortDemo> {
  const clock = steppingClock(historyStart({ years: 1, today: TEST_TODAY }));
  const backend = await openTestBackend({ clock });
  const started = performance.now();
  await generateServiceHistory(backend.router, clock, {
    years: 1,
    seed: 2019,
    today: TEST_TODAY,
    endAt: SHORT_DEMO_END,
  });
  const seconds = (performance.now() - started) / 1000;
  await signIn(backend);
  return {
    backend,
    seconds,
    as: async <C extends Channel>(channel: C, input: unknown) => {
      const result = await backend.router.dispatch(LOOPBACK, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
      return result.value as ChannelOutput<C>;
    },
  };
}
