import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The process boundaries are only real if the lint fails when they are
 * crossed. Each case lints a one-line file placed in a folder and checks the
 * import rule fires (or, for allowed imports, does not).
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  // Only the boundary rule, without type information: the linted files are virtual.
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`ESLint could not lint ${filePath}: ${fatal.message}`);
  return messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['renderer/src/x.ts', "import fs from 'node:fs';"],
    ['renderer/src/x.ts', "import { app } from 'electron';"],
    ['renderer/src/x.ts', "import { connect } from '../../db/connection';"],
    ['renderer/src/x.ts', "import { Router } from '../../electron/backend/router';"],
    ['shared/x.ts', "import path from 'path';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import Database from 'better-sqlite3';"],
    ['db/x.ts', "import { app } from 'electron';"],
    ['electron/backend/x.ts', "import { app } from 'electron';"],
    ['electron/features/x.ts', "import { BrowserWindow } from 'electron';"],
    // Every file of electron/ outside main/, whatever its folder, and any path into main/.
    ['electron/features/sittings/x.ts', "import { dialog } from 'electron';"],
    ['electron/loopback/x.ts', "import { app } from 'electron';"],
    ['electron/demo/x.ts', "import { app } from 'electron';"],
    ['electron/compose.ts', "import { app } from 'electron';"],
    ['electron/some-new-folder/x.ts', "import { app } from 'electron';"],
    ['electron/features/documents/x.ts', "import { DialogSaver } from '../../main/dialog-saver';"],
    ['electron/backend/audit/x.ts', "import { SafeStorageKeys } from '../../main/safe-storage-keys';"],
    ['electron/compose.ts', "import { main } from './main/main';"],
    ['tests/router/x.test.ts', "import { app } from 'electron';"],
    ['tests/router/x.test.ts', "import { DialogSaver } from '../../electron/main/dialog-saver';"],
    // The core may not import a feature or the composition root.
    ['electron/backend/x.ts', "import { registerUsers } from '../features/users/register-users';"],
    ['electron/backend/audit/x.ts', "import { readSettings } from '../../features/settings/x';"],
    ['electron/backend/x.ts', "import { startBackend } from '../compose';"],
    ['electron/backend/audit/x.ts', "import { startBackend } from '../../compose.ts';"],
    // Data access has one home: outside db/ (tests aside) nothing imports the schema or drizzle-orm.
    ['electron/features/sittings/x.ts', "import { sittings } from '../../../db/schema';"],
    ['electron/features/sittings/x.ts', "import { agendaItems } from '../../../db/schema/sittings';"],
    ['electron/features/sittings/x.ts', "import { agendaItems } from '../../../db/schema/index.ts';"],
    ['electron/features/x.ts', "import { eq } from 'drizzle-orm';"],
    ['electron/features/x/y.ts', "import { alias } from 'drizzle-orm/sqlite-core';"],
    ['electron/features/x/y.ts', "import { households } from '../../../db/schema/households';"],
    ['electron/backend/x.ts', "import { auditLog } from '../../db/schema';"],
    ['electron/backend/audit/x.ts', "import { auditLog } from '../../../db/schema/audit';"],
    ['electron/backend/x.ts', "import { sql } from 'drizzle-orm';"],
    ['electron/main/x.ts', "import { users } from '../../db/schema';"],
    ['electron/main/x.ts', "import { eq } from 'drizzle-orm';"],
    ['electron/compose.ts', "import { users } from '../db/schema';"],
    ['electron/demo/x.ts', "import { eq } from 'drizzle-orm';"],
    ['electron/loopback/x.ts', "import { sessions } from '../../db/schema/users';"],
    ['bench/x.ts', "import { sittings } from '../db/schema';"],
    ['bench/x.ts', "import { count } from 'drizzle-orm';"],
    ['build/x.mjs', "import { eq } from 'drizzle-orm';"],
    ['renderer/src/x.ts', "import { eq } from 'drizzle-orm';"],
    ['shared/x.ts', "import { sittings } from '../db/schema';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract/channels';"],
    ['shared/x.ts', "import { z } from 'zod';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/backend/x.ts', "import path from 'node:path';"],
    ['electron/backend/x.ts', "import { clocksFor } from './service-clocks';"],
    ['electron/features/x/y.ts', "import { Router } from '../../backend/router';"],
    ['electron/features/x/y.ts', "import { readSettings } from '../../../db/repositories/settings-repository';"],
    ['electron/compose.ts', "import { registerUsers } from './features/users/register-users';"],
    ['electron/main/x.ts', "import { startBackend } from '../compose';"],
    // Features reach the tables through db/repositories and take the handles' types from db/connection.
    ['electron/features/x/y.ts', "import { listComplaints } from '../../../db/repositories/complaints-repository';"],
    ['electron/features/x/y.ts', "import { sittingFigures } from '../../../db/repositories/reports/sitting-figures';"],
    ['electron/features/x/y.ts', "import type { ReadableDb } from '../../../db/connection';"],
    ['electron/backend/x.ts', "import type { AppDatabase } from '../../db/connection';"],
    ['db/repositories/x.ts', "import { sittings } from '../schema';"],
    ['db/repositories/reports/x.ts', "import { and, eq } from 'drizzle-orm';"],
    ['db/x.ts', "import { alias } from 'drizzle-orm/sqlite-core';"],
    // Tests build and inspect rows directly (tests/README.md).
    ['tests/factories/x.ts', "import { households } from '../../db/schema';"],
    ['tests/router/x.test.ts', "import { eq } from 'drizzle-orm';"],
    ['tests/build/x.test.ts', "import { appProtocolResponse } from '../../electron/main/app-responses';"],
    ['tests/build/x.test.ts', "import { isAllowedExternalUrl } from '../../electron/main/security-policy';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
