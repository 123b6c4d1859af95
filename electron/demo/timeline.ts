import { addDays, addMonths, format } from 'date-fns';
import { defaultCalendar } from '../../shared/domain/calendar/working-days';
import { parseIsoDate, toIsoDate } from '../../shared/domain/dates';
import type { SteppingClock } from '../backend/clock';

/**
 * The demo's calendar of things to do. Each step runs with the clock set to
 * its local date and time (`YYYY-MM-DDTHH:MM`), in time order; a step may
 * schedule later ones. Steps due after the end have not happened yet and
 * are dropped, so the history stops at "now".
 */
export type Step = () => Promise<void>;

interface Entry {
  at: string;
  seq: number;
  step: Step;
}

export class Timeline {
  private readonly heap: Entry[] = [];
  private seq = 0;
  private current: string;
  steps = 0;

  constructor(
    private readonly clock: SteppingClock,
    start: string,
    readonly end: string,
  ) {
    this.current = start;
    clock.set(start);
  }

  /** The local date and time now. */
  get now(): string {
    return this.current;
  }

  get today(): string {
    return this.current.slice(0, 10);
  }

  /** Runs `step` at `at` (or now, if that has passed). */
  at(at: string, step: Step): void {
    const when = at < this.current ? this.current : at;
    if (when > this.end) return;
    this.push({ at: when, seq: this.seq++, step });
  }

  on(date: string, time: string, step: Step): void {
    this.at(`${date}T${time}`, step);
  }

  async run(): Promise<void> {
    for (let entry = this.pop(); entry; entry = this.pop()) {
      this.current = entry.at;
      this.clock.set(entry.at);
      this.steps += 1;
      await entry.step();
    }
  }

  private before(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = heap[parent] as Entry;
      if (!this.before(entry, up)) break;
      heap[i] = up;
      i = parent;
    }
    heap[i] = entry;
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && this.before(heap[right] as Entry, heap[left] as Entry) ? right : left;
      if (!this.before(heap[child] as Entry, last)) break;
      heap[i] = heap[child] as Entry;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

/** `YYYY-MM-DDTHH:MM` for a local instant. */
export function localDateTime(instant: Date): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm");
}

export function plusDays(date: string, days: number): string {
  return toIsoDate(addDays(parseIsoDate(date), days));
}

export function plusMonths(date: string, months: number): string {
  return toIsoDate(addMonths(parseIsoDate(date), months));
}

/** The working day `count` working days after `date` (before it when negative). */
export function workingDay(date: string, count: number): string {
  return defaultCalendar.addWorkingDays(date, count);
}

/** `date` if it is a working day, otherwise the next one. */
export function onOrAfterWorkingDay(date: string): string {
  return defaultCalendar.isWorkingDay(date) ? date : defaultCalendar.addWorkingDays(date, 1);
}

/** `date` if it is a working day, otherwise the one before. */
export function onOrBeforeWorkingDay(date: string): string {
  return defaultCalendar.isWorkingDay(date) ? date : defaultCalendar.addWorkingDays(date, -1);
}

/** `HH:MM` plus some minutes. */
export function plusMinutes(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
