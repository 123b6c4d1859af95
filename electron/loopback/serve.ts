import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startServedBackend, stopOnSignals } from '../serve-backend';
import { SeatMode } from '../seat/seat-mode';
import { auditedDownloads, startLoopbackServer } from './loopback-server';

/**
 * Browser mode: the real backend on a real database file, the built UI served
 * on 127.0.0.1, for machines without an Electron binary and for end-to-end
 * tests. It stands in for the desktop app's main process: "Share with other
 * computers" works here too, and with `--seat-config FILE` the first run asks,
 * as the desktop app does, whether to use this computer's data or connect to a
 * service (then every call goes through the same forwarding client).
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(REPO_ROOT, '.data', 'panel.sqlite') },
    port: { type: 'string', default: '0' },
    /** The owner-only key folder (audit key and anchor); must be outside the data folder. Or PANEL_KEYS_DIR. */
    keys: { type: 'string' },
    /** Where the desktop seat's first-run choice is kept (the desktop app's `seat.json` in its user data folder). */
    'seat-config': { type: 'string' },
  },
});
const file = path.resolve(values.db);
const staticRoot = path.join(REPO_ROOT, 'dist', 'renderer');

try {
  const { backend, downloads, keysFolder, sharing } = await startServedBackend({
    file,
    keys: values.keys,
    transport: 'loopback',
    desktopHost: { staticRoot },
  });
  const seatConfig = values['seat-config'];
  const seatMode = seatConfig
    ? await SeatMode.open({
        configFile: path.resolve(seatConfig),
        startLocal: () => Promise.resolve(backend),
        // A file the service made reaches this window as browser mode's own download.
        saver: downloads,
      })
    : null;
  // A file from the service was audited there, with this seat, when it was fetched; this computer's own, here.
  const handed = auditedDownloads(backend, downloads, () => seatMode?.status().mode !== 'seat');
  const server = await startLoopbackServer(seatMode ?? backend, staticRoot, Number(values.port), handed);
  console.log(`Fostering Panel (browser mode) is using ${file}, with its keys in ${keysFolder}`);
  if (seatConfig) console.log(`As a desktop seat, keeping its choice in ${path.resolve(seatConfig)}`);
  console.log(`Open this address in Chromium or Chrome:\n\n  ${server.launchUrl}\n`);
  console.log(`PANEL_URL=${server.launchUrl}`);
  stopOnSignals(async () => {
    seatMode?.close();
    await sharing?.stop();
    await server.close();
  }, backend);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
