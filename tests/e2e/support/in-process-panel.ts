import path from 'node:path';
import type { Backend } from '../../../electron/compose';
import { auditedDownloads, startLoopbackServer, type LoopbackServer } from '../../../electron/loopback/loopback-server';
import { startServedBackend } from '../../../electron/serve-backend';
import { E2E_TODAY, REPO_ROOT, freshDbFile, serverKeysFolder } from './panel-server';

export interface InProcessPanel {
  backend: Backend;
  dbFile: string;
  launchUrl: string;
  /** Stops the HTTP server only: the backend, its sessions and the database stay (the transport died). */
  stopServer(): Promise<void>;
  /** Listens again on the same port with the same launch key, as the page knew it. */
  restartServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Browser mode run inside the test's own process, so a test can stop and
 * start the loopback server under an open page while the backend carries on.
 */
export async function startInProcessPanel(): Promise<InProcessPanel> {
  process.env.PANEL_FIXED_TODAY ??= E2E_TODAY;
  const dbFile = freshDbFile();
  const { backend, downloads } = await startServedBackend({
    file: dbFile,
    keys: serverKeysFolder(dbFile),
    transport: 'loopback',
  });
  const root = path.join(REPO_ROOT, 'dist', 'renderer');
  const handed = auditedDownloads(backend, downloads);
  let server: LoopbackServer | null = await startLoopbackServer(backend, root, 0, handed);
  const { port, token, launchUrl } = server;
  return {
    backend,
    dbFile,
    launchUrl,
    stopServer: async () => {
      await server?.close();
      server = null;
    },
    restartServer: async () => {
      server = await startLoopbackServer(backend, root, port, handed, token);
    },
    close: async () => {
      await server?.close();
      backend.close();
    },
  };
}
