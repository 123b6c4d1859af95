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
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract/channels';"],
    ['shared/x.ts', "import { z } from 'zod';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/backend/x.ts', "import path from 'node:path';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
