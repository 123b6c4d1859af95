/**
 * What the writer child tells the harness, one JSON object per stdout line.
 * Lines go out synchronously (stdout is a pipe), so every line written before
 * a SIGKILL still reaches the parent.
 */

/** The deliberate bug `--fault` can switch on in the child (see writer-child.ts). */
export const FAULT_OPEN_TRANSACTION = 'open-transaction';

/** One acknowledged commit: the row that must exist afterwards, and what it must hold. */
export interface Ack {
  type: 'ack';
  channel: string;
  table: string;
  /** Columns that find the row (usually its id). */
  key: Record<string, string>;
  /** Columns whose committed values must be there; a later ack for the same key supersedes. */
  expect: Record<string, string | number | null>;
}

export type ChildLine =
  | { type: 'ready'; pid: number }
  | { type: 'begin'; channel: string }
  | Ack
  | { type: 'refused'; channel: string; code: string; message: string };

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
