import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './open-backend';

export interface BenchHost {
  port: number;
  /** The host's self-signed certificate (PEM): the seats trust it, as a desktop seat pins it. */
  ca: string;
  /** The host process's resident memory now, in MB (Linux: /proc), or null where that cannot be read. */
  rssMb(): number | null;
  stop(): Promise<void>;
}

/**
 * The service host as a service runs it (`npm run serve`, electron/host/serve-host.ts), in its own
 * process, on a working copy of a history, over TLS with a certificate it makes for itself. Its own
 * process, so the seats' work does not share its event loop and its memory is its own.
 */
export async function startBenchHost(
  file: string,
  keys: string,
  today: string,
  /** A folder for a V8 CPU profile of the host (written when it stops), or undefined for none. */
  profileFolder?: string,
): Promise<BenchHost> {
  const certificate = path.join(path.dirname(file), 'certificate');
  const child = spawn(
    process.execPath,
    [
      ...(profileFolder ? ['--cpu-prof', `--cpu-prof-dir=${profileFolder}`] : []),
      '--import',
      'tsx',
      'electron/host/serve-host.ts',
      '--db',
      file,
      '--keys',
      keys,
      '--listen',
      '127.0.0.1:0',
      '--self-signed',
      certificate,
    ],
    { cwd: REPO_ROOT, env: { ...process.env, PANEL_FIXED_TODAY: today }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PANEL_HOST_URL=(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    port: Number(new URL(url).port),
    ca: readFileSync(path.join(certificate, 'host-certificate.pem'), 'utf8'),
    rssMb: () => rssOf(child),
    stop: () => stop(child),
  };
}

function rssOf(child: ChildProcess): number | null {
  try {
    const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
