import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MIGRATIONS = path.join(PROJECT_ROOT, 'db', 'migrations');

/**
 * Bundles the writer child into one CommonJS file: it starts in about a
 * second, where tsx would compile the backend again for every one of the
 * hundreds of lives the harness kills. The native modules stay outside and
 * are found through NODE_PATH (see `childEnvironment`).
 */
export function buildWriterChild(folder: string): Promise<string> {
  return buildChild(folder, 'writer-child');
}

/** The same for the network mode's host (host-child.ts): the headless service host, bundled once. */
export function buildHostChild(folder: string): Promise<string> {
  return buildChild(folder, 'host-child');
}

async function buildChild(folder: string, name: string): Promise<string> {
  const outfile = path.join(folder, `${name}.cjs`);
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [`tests/crash/${name}.ts`],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    external: ['better-sqlite3', '@node-rs/argon2'],
  });
  return outfile;
}

export function childEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: path.join(PROJECT_ROOT, 'node_modules') };
}
