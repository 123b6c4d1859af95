import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { E2E_TODAY, REPO_ROOT, freshDbFile, serverKeysFolder } from './panel-server';

export interface Started {
  /** The address the process printed (the loopback's launch address, or the host's). */
  url: string;
  /** The host's certificate fingerprint, as it prints it for seats to confirm. */
  fingerprint: string;
  stop(): Promise<void>;
}

/**
 * The desktop app's main process as a desktop seat, without Electron: browser
 * mode with `--seat-config`, so its first run asks how the computer is used and,
 * once connected, forwards every call through the forwarding client.
 */
export function startDesktopSeat(): Promise<Started> {
  const dbFile = freshDbFile();
  return start(
    [
      'electron/loopback/serve.ts',
      '--db',
      dbFile,
      '--keys',
      serverKeysFolder(dbFile),
      '--seat-config',
      path.join(path.dirname(dbFile), 'profile', 'seat.json'),
    ],
    /PANEL_URL=(\S+)/,
  );
}

/** The headless host (`npm run serve`) over TLS on a chosen port, with a self-signed certificate kept in `certificateFolder`. */
export function startHeadlessHost(options: {
  port: number;
  certificateFolder: string;
  dbFile: string;
}): Promise<Started> {
  return start(
    [
      'electron/host/serve-host.ts',
      '--db',
      options.dbFile,
      '--keys',
      serverKeysFolder(options.dbFile),
      '--listen',
      `127.0.0.1:${options.port}`,
      '--self-signed',
      options.certificateFolder,
    ],
    /PANEL_HOST_URL=(\S+)/,
  );
}

export { freshDbFile };

/** A port nothing listens on now, for a host that must come back on the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function start(args: string[], ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, PANEL_FIXED_TODAY: E2E_TODAY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${args[0] ?? ''} did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const fingerprint = /(([0-9A-F]{2}:){31}[0-9A-F]{2})/.exec(output)?.[1] ?? '';
        resolve({ url: match[1], fingerprint, stop: () => stop(child) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args[0] ?? ''} exited with ${String(code)}:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
