import { spawn } from 'node:child_process';
import { decodeLine, type Begin, type ChildLine } from './protocol';

/** When to kill one life of the writer child. */
export type KillPlan =
  /** While it starts: opening, migrating, signing in (a write), loading. */
  | { kind: 'startup'; afterMs: number }
  /** Once ready: after this many more acknowledgements, then a few milliseconds more. */
  | { kind: 'writing'; afterAcks: number; thenMs: number };

export interface ChildLife {
  lines: ChildLine[];
  /** The child was killed before it said it was ready. */
  diedStarting: boolean;
  /** The write it had begun when it was killed (its last line), or null: the kill landed mid-write. */
  inFlight: Begin | null;
}

/** Longest a life may go without reaching its kill point on its own: a stuck child is killed anyway. */
const WATCHDOG_MS = 60_000;

/**
 * Starts one life of the writer child, SIGKILLs it at the planned moment and
 * collects every line it wrote (all of them arrive: the child writes
 * synchronously to the pipe). A child that exits by itself fails the run.
 */
export function liveAndKill(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  plan: KillPlan,
): Promise<ChildLife> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: ChildLine[] = [];
    let pending = '';
    let stderr = '';
    let killed = false;
    let ready = false;
    let acksSinceReady = 0;
    const timers: NodeJS.Timeout[] = [];
    const kill = (): void => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    const killAfter = (ms: number): void => {
      timers.push(setTimeout(kill, ms));
    };
    timers.push(setTimeout(kill, WATCHDOG_MS));
    if (plan.kind === 'startup') killAfter(plan.afterMs);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        const line = decodeLine(text);
        if (!line) continue;
        lines.push(line);
        if (killed || plan.kind !== 'writing') continue;
        if (line.type === 'ready') ready = true;
        if (line.type === 'ack' && ready) acksSinceReady += 1;
        const reachedAcks = line.type === 'ready' ? plan.afterAcks === 0 : line.type === 'ack' && ready;
        if (reachedAcks && acksSinceReady === plan.afterAcks) killAfter(plan.thenMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`The writer child stopped by itself (exit ${String(code)}, ${String(signal)}):\n${stderr}`));
        return;
      }
      const last = lines.at(-1);
      resolve({
        lines,
        diedStarting: !lines.some((line) => line.type === 'ready'),
        inFlight: last?.type === 'begin' ? last : null,
      });
    });
  });
}
