import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startServedBackend, stopOnSignals } from '../serve-backend';
import { startLoopbackServer } from './loopback-server';

/**
 * Browser mode: the real backend on a real database file, the built UI served
 * on 127.0.0.1, for machines without an Electron binary and for end-to-end tests.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(REPO_ROOT, '.data', 'panel.sqlite') },
    port: { type: 'string', default: '0' },
    /** The owner-only key folder (audit key and anchor); must be outside the data folder. Or PANEL_KEYS_DIR. */
    keys: { type: 'string' },
  },
});
const file = path.resolve(values.db);

try {
  const { backend, downloads, keysFolder } = await startServedBackend({
    file,
    keys: values.keys,
    transport: 'loopback',
  });
  const server = await startLoopbackServer(
    backend,
    path.join(REPO_ROOT, 'dist', 'renderer'),
    Number(values.port),
    downloads,
  );
  console.log(`Fostering Panel (browser mode) is using ${file}, with its keys in ${keysFolder}`);
  console.log(`Open this address in Chromium or Chrome:\n\n  ${server.launchUrl}\n`);
  console.log(`PANEL_URL=${server.launchUrl}`);
  stopOnSignals(() => server.close(), backend);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
