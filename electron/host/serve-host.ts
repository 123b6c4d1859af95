import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startServedBackend, stopOnSignals } from '../serve-backend';
import { parseListenAddress } from './listen-address';
import { loadTlsMaterial, selfSignedMaterial, type TlsMaterial } from './tls-material';
import { startHostServer } from './host-server';

/**
 * The headless service host (`npm run serve`): the same backend and database
 * file as the desktop app, reached by every seat of the service over HTTPS.
 * For the service's own network or its VPN, never the open internet.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(REPO_ROOT, '.data', 'panel.sqlite') },
    listen: { type: 'string', default: '127.0.0.1:8443' },
    cert: { type: 'string' },
    key: { type: 'string' },
    /** Make (once) and use a certificate of the host's own, kept in this folder. */
    'self-signed': { type: 'string' },
    /** The owner-only key folder (audit key, anchor, database key); outside the data folder. Or PANEL_KEYS_DIR. */
    keys: { type: 'string' },
    /** Another name seats use to reach the host (repeatable), when the certificate does not list it. */
    name: { type: 'string', multiple: true },
    /** Ask for the second factor on the host computer too: seats reach it through a tunnel or proxy on it. */
    'code-on-loopback': { type: 'boolean', default: false },
  },
});
const file = path.resolve(values.db);
async function tlsFromOptions(listenHost: string): Promise<TlsMaterial | null> {
  if (values.cert !== undefined || values.key !== undefined) {
    if (values.cert === undefined || values.key === undefined) throw new Error('Give both --cert and --key.');
    return loadTlsMaterial(path.resolve(values.cert), path.resolve(values.key));
  }
  if (values['self-signed'] !== undefined) return selfSignedMaterial(path.resolve(values['self-signed']), listenHost);
  return null;
}

try {
  const listen = parseListenAddress(values.listen);
  const tls = await tlsFromOptions(listen.host);
  const { backend, downloads, keysFolder } = await startServedBackend({
    file,
    keys: values.keys,
    transport: 'network',
  });
  const server = await startHostServer(backend, {
    listen,
    staticRoot: path.join(REPO_ROOT, 'dist', 'renderer'),
    tls,
    extraNames: values.name ?? [],
    downloads,
    ...(values['code-on-loopback'] ? { onHost: () => false } : {}),
  }).catch((error: unknown) => {
    backend.close();
    throw error;
  });
  console.log(`Fostering Panel host is using ${file}, with its keys in ${keysFolder}`);
  console.log(`Seats connect to ${server.url}`);
  if (tls) console.log(`Certificate fingerprint (SHA-256), for seats to confirm:\n\n  ${tls.fingerprint}\n`);
  else console.log('No certificate: only this computer can connect (loopback, plain HTTP).');
  console.log(`PANEL_HOST_URL=${server.url}`);
  stopOnSignals(() => server.close(), backend);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
