import type { Channel, ChannelInput } from '../shared/contract/channels';
import { events } from '../shared/contract/events';
import { REFETCH_SPREAD_MS, writeAffectsRead } from '../shared/contract/live-reads';
import type { BenchSeat } from './seats-client';
import type { Samples } from './samples';
import { SCREEN_READS, type ScreenRead } from './screens';

/**
 * The mix 20 seats make on a busy panel day: mostly reads (the screens people
 * open), some writes, and after each write every seat whose open screen's read
 * the write's entity can change reads it again (the live update: the window
 * refetches the reads shared/contract/live-reads.ts names for the entity).
 */
export type SeatRole = 'admin' | 'adm';

/** A read a seat makes, with how often (relative weight) and what it is given. */
export interface MixRead {
  channel: Channel;
  weight: number;
  inputs: ChannelInput<Channel>[];
}

/** The reads of the screens each role has open most, one entry per channel (the first screen that reads it). */
const ROLE_READS: Record<SeatRole, Partial<Record<Channel, number>>> = {
  admin: {
    'auth:status': 3,
    'app:info': 1,
    'dashboard:due': 2,
    'sittings:list': 2,
    'sittings:get': 3,
    'recommendations:get': 2,
    'minutes:get': 2,
    'households:get': 1,
    'households:list': 1,
    'members:list': 1,
    'documents:register': 1,
  },
  adm: { 'auth:status': 3, 'app:info': 1, 'decisions:queue': 3, 'decisions:get': 3 },
};

export function readsFor(role: SeatRole, samples: Samples): MixRead[] {
  const reads: MixRead[] = [];
  for (const [channel, weight] of Object.entries(ROLE_READS[role]) as [Channel, number][]) {
    const entry: ScreenRead | undefined = SCREEN_READS.find((read) => read.channel === channel);
    const inputs = entry?.inputs(samples) ?? [];
    if (inputs.length > 0) reads.push({ channel, weight, inputs });
  }
  return reads;
}

/**
 * A write the seat was told was saved, to look for in the database afterwards:
 * a new row by its id, or an edit by the words it wrote (its audit row must
 * be there exactly once).
 */
export interface Acknowledged {
  table: 'households' | 'feedback_forms' | 'household_edits';
  id: string;
}

export type WriteChannel = 'households:create' | 'feedback:create' | 'households:update';

/**
 * An edit of a household's details as its form sends it: the record as just
 * read (with its version), the supervising social worker changed. A name or
 * worker changed shows on agendas, minutes and cases: every casework screen
 * at every seat reads again.
 */
export function editInput(current: unknown, tag: string): ChannelInput<'households:update'> {
  return { ...(current as ChannelInput<'households:update'>), supervisingSocialWorker: editMarker(tag) };
}

/** Ends with a full stop, so one tag's marker is never the start of another's ("b1-3-1." and "b1-3-10."). */
export function editMarker(tag: string): string {
  return `Bench edit ${tag}.`;
}

/** A new applicant's household, or a feedback form on a held sitting: writes any seat can make at any time. */
export function writeInput(
  channel: 'households:create' | 'feedback:create',
  tag: string,
  samples: Samples,
): ChannelInput<'households:create' | 'feedback:create'> {
  if (channel === 'households:create') {
    return {
      reference: `BENCH-${tag}`,
      displayName: `Bench household ${tag}`,
      applicantNames: ['Alex Applicant'],
      householdType: 'mainstream',
      applicationReceivedDate: samples.today,
      children: [],
    };
  }
  return {
    receivedOn: samples.today,
    fromKind: 'carer',
    sittingId: samples.minutedSittings[0] ?? samples.sittings[0] ?? '',
    rating: 4,
    comment: `Bench feedback ${tag}`,
  };
}

export const WRITE_TABLE: Record<WriteChannel, Acknowledged['table']> = {
  'households:create': 'households',
  'feedback:create': 'feedback_forms',
  'households:update': 'household_edits',
};

/**
 * The administrator's writes, in equal shares: a new applicant's household, a
 * feedback form, and an edit of a household's details (which every casework
 * screen shows, so it makes the most seats read again).
 */
const WRITE_CHANNELS: readonly WriteChannel[] = ['households:create', 'feedback:create', 'households:update'];

export interface PhaseOptions {
  /** Calls per seat per minute (a refetch after a change is extra). */
  callsPerMinute: number;
  seconds: number;
  /** The share of an administrator's calls that are writes (the ADM's writes are decisions, one per case: not repeated here). */
  writeShare: number;
  label: string;
  /** Letters and digits only: it goes into the references of the records the phase writes. */
  code: string;
}

export interface PhaseResult {
  label: string;
  /** Milliseconds per channel, every call the seats made (refetches included). */
  times: Map<string, number[]>;
  /** Calls refused or failed, by channel and code. */
  failures: Map<string, number>;
  acknowledged: Acknowledged[];
  /** Writes with no answer after their retries: not acknowledged, so not counted as lost. */
  unanswered: number;
  refetches: number;
  /** For each refetch: from hearing the change to having read it again (the wait included). */
  shownAfterMs: number[];
  rssMb: number[];
}

export interface LoadSeat {
  seat: BenchSeat;
  role: SeatRole;
  reads: MixRead[];
}

function pick<T extends { weight: number }>(items: readonly T[], random: () => number): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let at = random() * total;
  for (const item of items) {
    at -= item.weight;
    if (at <= 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A small seeded generator, so two runs make the same mix. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Runs the mix on every seat for the phase's time, with Poisson arrivals at the phase's rate. */
export async function runPhase(
  seats: readonly LoadSeat[],
  samples: Samples,
  options: PhaseOptions,
  rssMb: () => number | null,
): Promise<PhaseResult> {
  const result: PhaseResult = {
    label: options.label,
    times: new Map(),
    failures: new Map(),
    acknowledged: [],
    unanswered: 0,
    refetches: 0,
    shownAfterMs: [],
    rssMb: [],
  };
  const record = (channel: string, ms: number) => {
    const list = result.times.get(channel) ?? [];
    list.push(ms);
    result.times.set(channel, list);
  };
  const fail = (channel: string, code: string) => {
    const key = `${channel} ${code}`;
    result.failures.set(key, (result.failures.get(key) ?? 0) + 1);
  };
  const ends = performance.now() + options.seconds * 1000;
  const memory = setInterval(() => {
    const mb = rssMb();
    if (mb !== null) result.rssMb.push(mb);
  }, 1000);
  let written = 0;

  const timedRead = async (seat: BenchSeat, read: MixRead, random: () => number) => {
    const input = read.inputs[Math.floor(random() * read.inputs.length)];
    const started = performance.now();
    const answer = await seat.call(read.channel, input).catch(() => null);
    const ms = performance.now() - started;
    if (answer?.ok) record(read.channel, ms);
    else fail(read.channel, answer ? answer.error.code : 'NO_ANSWER');
  };

  await Promise.all(
    seats.map(async (load, index) => {
      const random = seeded(7919 * (index + 1));
      let open: MixRead | undefined;
      // The live update: a change anywhere makes this seat read its open screen again when the change's entity
      // can alter that read, by the map the windows use (shared/contract/live-reads.ts); an event it cannot
      // read counts as a change to everything, as in a window.
      const stop = load.seat.listen((event, data) => {
        if (event !== 'data:changed' || !open || performance.now() >= ends) return;
        const changed = events['data:changed'].safeParse(data);
        if (changed.success && !writeAffectsRead(changed.data.entity, open.channel, changed.data.channel)) return;
        // As a window does: after a random wait of up to REFETCH_SPREAD_MS, so the seats do not all ask at once.
        result.refetches += 1;
        const read = open;
        const heard = performance.now();
        void sleep(random() * REFETCH_SPREAD_MS)
          .then(() => timedRead(load.seat, read, random))
          .then(() => result.shownAfterMs.push(performance.now() - heard));
      });
      const meanGapMs = 60_000 / options.callsPerMinute;
      // Seats start spread out, as people do.
      await sleep(random() * meanGapMs);
      while (performance.now() < ends) {
        if (load.role === 'admin' && random() < options.writeShare) {
          const channel = WRITE_CHANNELS[Math.floor(random() * WRITE_CHANNELS.length)] ?? 'households:create';
          written += 1;
          const tag = `${options.code}-${String(index)}-${String(written)}`;
          let input: unknown = null;
          if (channel === 'households:update') {
            // The edit form opens on the record as it is now (a read like any other), then saves it.
            const id = samples.households[Math.floor(random() * samples.households.length)] ?? '';
            open = undefined;
            const started = performance.now();
            const current = await load.seat.call('households:get', { id }).catch(() => null);
            if (current?.ok) {
              record('households:get', performance.now() - started);
              input = editInput(current.value, tag);
            } else fail('households:get', current ? current.error.code : 'NO_ANSWER');
          } else input = writeInput(channel, tag, samples);
          // An edit whose record could not be read is not saved; the seat waits its turn as after any call.
          if (input !== null) {
            const started = performance.now();
            const answer = await load.seat.write(channel, input);
            const ms = performance.now() - started;
            if (answer === null) result.unanswered += 1;
            else if (answer.ok) {
              record(channel, ms);
              const id = channel === 'households:update' ? editMarker(tag) : (answer.value as { id?: unknown }).id;
              if (typeof id === 'string') result.acknowledged.push({ table: WRITE_TABLE[channel], id });
            } else fail(channel, answer.error.code);
          }
        } else {
          open = pick(load.reads, random);
          await timedRead(load.seat, open, random);
        }
        await sleep(-Math.log(1 - random()) * meanGapMs);
      }
      stop();
    }),
  );
  clearInterval(memory);
  // Let refetches already sent finish before the figures are read.
  await sleep(500);
  return result;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
