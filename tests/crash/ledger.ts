import type { Ack } from './protocol';

/**
 * Every commit a child acknowledged, across all its lives. A later ack for
 * the same row (attendance recorded again) supersedes the earlier one: the
 * row must hold what was acknowledged last.
 */
export class Ledger {
  private readonly latest = new Map<string, Ack>();
  acknowledged = 0;

  record(ack: Ack): void {
    this.acknowledged += 1;
    this.latest.set(`${ack.table}|${JSON.stringify(Object.entries(ack.key).sort())}`, ack);
  }

  /** The rows that must exist now, one per key. */
  expected(): Ack[] {
    return [...this.latest.values()];
  }

  get rows(): number {
    return this.latest.size;
  }
}
