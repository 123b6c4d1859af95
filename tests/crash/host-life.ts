import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { decodeLine } from './protocol';

/** One life of the host child: ready once it listens; killed with SIGKILL, never stopped kindly. */
export interface HostLife {
  /** True once it listens; false if it was killed first. */
  ready: Promise<boolean>;
  kill(): Promise<void>;
}

/** Longest a host may take to start on a busy machine before the run fails. */
const START_LIMIT_MS = 60_000;

export function startHostLife(command: string, args: string[], env: NodeJS.ProcessEnv): HostLife {
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let killed = false;
  let stderr = '';
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const ready = new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${stderr}`)), START_LIMIT_MS);
    let pending = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      if (parts.some((text) => decodeLine(text)?.type === 'ready')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (stderr += chunk));
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (killed && signal === 'SIGKILL') resolve(false);
      else reject(new Error(`The host stopped by itself (exit ${String(code)}, ${String(signal)}):\n${stderr}`));
    });
  });
  // A failure to start is reported through `ready`; until someone awaits it, it must not crash the run.
  ready.catch(() => undefined);
  return {
    ready,
    kill: async () => {
      killed = true;
      child.kill('SIGKILL');
      await closed;
    },
  };
}

/** A port free now, for every life of the host to listen on (seats keep its address across restarts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
