import type { Ack, RowState } from './protocol';

/** What finds one row: its table and key columns. */
export function rowKey(row: RowState): string {
  return `${row.table}|${JSON.stringify(Object.entries(row.key).sort())}`;
}

/**
 * Every commit a child acknowledged, across all its lives. A later commit to
 * the same row (attendance recorded again) supersedes the earlier one: the
 * row must hold what was committed last.
 */
export class Ledger {
  private readonly latest = new Map<string, Ack>();
  acknowledged = 0;

  record(ack: Ack): void {
    this.acknowledged += 1;
    this.settle(ack);
  }

  /** A commit the file shows though its ack never came (the kill fell between the two). */
  settle(row: Ack): void {
    this.latest.set(rowKey(row), row);
  }

  /** The rows that must exist now, one per key. */
  expected(): Ack[] {
    return [...this.latest.values()];
  }

  get rows(): number {
    return this.latest.size;
  }
}
