/**
 * What the writer child tells the harness, one JSON object per stdout line.
 * Lines go out synchronously (stdout is a pipe), so every line written before
 * a SIGKILL still reaches the parent.
 */

/** The deliberate bug `--fault` can switch on in the child (see writer-child.ts). */
export const FAULT_OPEN_TRANSACTION = 'open-transaction';

/** A row, and the values it must hold. */
export interface RowState {
  table: string;
  /** Columns that find the row (usually its id). */
  key: Record<string, string>;
  /** Columns whose committed values must be there; a later ack for the same key supersedes. */
  expect: Record<string, string | number | null>;
}

/** One acknowledged commit: the row that must exist afterwards, and what it must hold. */
export interface Ack extends RowState {
  type: 'ack';
  channel: string;
}

/**
 * A write about to run. A kill can land after its commit but before its ack,
 * so the harness needs to know whether it committed, and what it set.
 */
export interface Begin {
  type: 'begin';
  channel: string;
  /** The last audit row's seq before the write: every write adds one, so a higher seq in the file means it committed. */
  auditSeq: number;
  /** The row it sets on an existing key (attendance recorded again), when that is known beforehand. */
  sets?: RowState;
}

export type ChildLine =
  { type: 'ready'; pid: number } | Begin | Ack | { type: 'refused'; channel: string; code: string; message: string };

export function encodeLine(line: ChildLine): string {
  return `${JSON.stringify(line)}\n`;
}

/** Parses one complete line; anything else the child printed is not part of the protocol. */
export function decodeLine(text: string): ChildLine | null {
  if (!text.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(text) as { type?: unknown };
    return typeof parsed.type === 'string' ? (parsed as ChildLine) : null;
  } catch {
    return null;
  }
}
