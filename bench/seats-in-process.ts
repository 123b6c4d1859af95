import type { Backend } from '../electron/compose';
import type { Actor } from '../electron/backend/actor';
import type { Channel, ChannelInput } from '../shared/contract/channels';
import type { Samples } from './samples';
import { editInput, readsFor, writeInput, type MixRead, type WriteChannel } from './seats-load';
import { statsOf, timeRuns } from './stats';
import type { Stats } from './results';

/** Calls per channel in-process: enough for a p95 beside the network's. */
const RUNS = 40;

/**
 * The seats' calls made in-process, through `router.call` with the real actor
 * (no network, no session cookie, no TLS), rotating through the same inputs:
 * what the network figures are a ratio of.
 */
export async function inProcessTimes(backend: Backend, samples: Samples): Promise<Record<string, Stats>> {
  const times: Record<string, Stats> = {};
  const measure = async (channel: Channel, actor: Actor, inputs: readonly ChannelInput<Channel>[]) => {
    let next = 0;
    const run = () => backend.router.call(channel, inputs[next++ % inputs.length] as never, actor);
    times[channel] = statsOf(await timeRuns(run, RUNS));
  };
  const asRole: [Actor, MixRead[]][] = [
    [samples.admin, readsFor('admin', samples)],
    [samples.adm, readsFor('adm', samples)],
  ];
  for (const [actor, reads] of asRole) {
    for (const read of reads) if (!(read.channel in times)) await measure(read.channel, actor, read.inputs);
  }
  for (const channel of ['households:create', 'feedback:create'] satisfies WriteChannel[]) {
    const inputs = Array.from({ length: RUNS + 2 }, (_, i) => writeInput(channel, `inproc-${String(i)}`, samples));
    await measure(channel, samples.admin, inputs);
  }
  // An edit saves the record as just read: each read first (not timed), as the form opens on it.
  const edits: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const id = samples.households[i % samples.households.length] ?? '';
    const current = await backend.router.call('households:get', { id }, samples.admin);
    const started = performance.now();
    await backend.router.call('households:update', editInput(current, `inproc-${String(i)}`), samples.admin);
    edits.push(performance.now() - started);
  }
  times['households:update'] = statsOf(edits);
  return times;
}
