import type { Backend } from '../electron/compose';
import { contract, type Channel, type ChannelInput } from '../shared/contract/channels';
import { BUDGETS } from './budgets';
import { ratioMet } from './goals';
import { captureStatements, fullScans, rawReplay, type CapturedStatement } from './capture';
import type { ReadResult } from './results';
import type { Samples } from './samples';
import { SCREEN_READS, unexpectedScans, type ScreenRead } from './screens';
import { judge, statsOf, timeRuns } from './stats';

/** Calls per read; the inputs (records) are rotated through. */
const RUNS = 40;

function caller(backend: Backend, samples: Samples, entry: ScreenRead) {
  const actor = entry.as === 'adm' ? samples.adm : samples.admin;
  return (input: ChannelInput<Channel>) => backend.router.call(entry.channel, input, actor);
}

/** One call of every screen read: what opening each screen once asks of the backend. */
export async function everyScreenOnce(backend: Backend, samples: Samples): Promise<void> {
  for (const entry of SCREEN_READS) {
    const [first] = entry.inputs(samples);
    if (first !== undefined) await caller(backend, samples, entry)(first);
  }
}

export async function measureRead(backend: Backend, samples: Samples, entry: ScreenRead): Promise<ReadResult | null> {
  const inputs = entry.inputs(samples);
  if (inputs.length === 0) return null;
  const call = caller(backend, samples, entry);
  const captured: CapturedStatement[][] = [];
  for (const input of inputs) {
    entry.changeBefore?.(backend);
    captured.push((await captureStatements(backend.store.sqlite, () => call(input))).statements);
  }
  let next = 0;
  const change = entry.changeBefore ? () => entry.changeBefore?.(backend) : undefined;
  const routerTimes = await timeRuns(() => call(inputs[next++ % inputs.length] as never), RUNS, 2, change);
  const replays = captured.map((statements) => rawReplay(backend.store.sqlite, statements));
  next = 0;
  const rawTimes = await timeRuns(() => replays[next++ % replays.length]?.(), RUNS);
  const router = statsOf(routerTimes);
  const raw = statsOf(rawTimes);
  // The contract's output check alone, on the outputs the calls gave: what zod costs of the router's time.
  const outputs: unknown[] = [];
  for (const input of inputs) outputs.push(await call(input));
  const output = contract[entry.channel].output;
  next = 0;
  const outputCheck = statsOf(await timeRuns(() => output.parse(outputs[next++ % outputs.length]), RUNS));
  const budget = BUDGETS[entry.budget];
  const scanned = fullScans(backend.store.sqlite, captured.flat());
  return {
    screen: entry.screen,
    channel: entry.channel,
    budget: entry.budget,
    inputs: inputs.length,
    router,
    raw,
    ratio: Math.round((router.p50 / Math.max(raw.p50, 0.001)) * 10) / 10,
    statements: captured[0]?.length ?? 0,
    fullScans: scanned,
    unexpectedScans: unexpectedScans(entry, scanned),
    judged: judge(router.p95, budget),
    ratioMet: ratioMet({ router, raw }),
    outputCheck,
  };
}
