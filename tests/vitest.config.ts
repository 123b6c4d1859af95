import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit, db, router and build tests: plain Node against real SQLite files. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/{unit,db,router,loopback,host,build,documents,crash,fuzz}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
