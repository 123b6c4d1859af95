import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

/** The parts of electron-builder.yml this test guards; anything else may change freely. */
const BuilderConfig = z.object({
  appId: z.string(),
  productName: z.string(),
  directories: z.object({ output: z.string(), buildResources: z.string() }),
  files: z.array(z.string()),
  asar: z.boolean(),
  asarUnpack: z.array(z.string()),
  npmRebuild: z.boolean(),
  afterPack: z.string(),
  win: z.object({ target: z.union([z.string(), z.array(z.string())]) }),
  mac: z.object({ target: z.union([z.string(), z.array(z.string())]) }),
  linux: z.object({ target: z.union([z.string(), z.array(z.string())]) }),
});

/** Written out in full on purpose: any change to build/fuses.cjs must be made here too. */
const EXPECTED_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

interface FakePackContext {
  appOutDir: string;
  outDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName?: string; appInfo: { productFilename: string; sanitizedName: string } };
}

interface AfterPackModule {
  (context: FakePackContext): Promise<void>;
  electronExecutablePath(context: FakePackContext): string;
}

const textOf = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');
const toList = (target: string | string[]) => (Array.isArray(target) ? target : [target]);

describe('electron-builder.yml', () => {
  const raw: unknown = parse(textOf('electron-builder.yml'));
  const config = BuilderConfig.parse(raw);

  it('passes electron-builder’s own schema', async () => {
    // Resolved from electron-builder so the check uses the same copy `npm run dist` does.
    const fromBuilder = createRequire(require.resolve('electron-builder'));
    const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(raw, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('uk.gov.fosteringpanel.app');
    expect(config.productName).toBe('Fostering Panel');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('packs into an asar with the native module unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.asarUnpack).toContain('node_modules/@node-rs/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('builds an NSIS installer, a DMG and an AppImage', () => {
    expect(toList(config.win.target)).toEqual(['nsis']);
    expect(toList(config.mac.target)).toEqual(['dmg']);
    expect(toList(config.linux.target)).toEqual(['AppImage']);
  });

  it('runs the fuse hook, which exists', () => {
    expect(config.afterPack).toBe('./build/after-pack.cjs');
    expect(existsSync(path.join(ROOT, config.afterPack))).toBe(true);
  });

  it('ships only built output, never the loopback transport, tests or source maps', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual([
      'db/migrations/**',
      'dist/electron/**',
      'dist/renderer/**',
      'package.json',
      'shared/documents/templates/built-in/**',
    ]);
    expect(config.files).toEqual(expect.arrayContaining(['!electron/loopback/**', '!tests/**', '!**/*.map']));
  });
});

describe('build/fuses.cjs', () => {
  it('sets exactly the agreed fuses', () => {
    const fuses = require('../../build/fuses.cjs') as FuseV1Config;
    expect(fuses).toStrictEqual(EXPECTED_FUSES);
    expect(Object.isFrozen(fuses)).toBe(true);
  });
});

describe('build/after-pack.cjs', () => {
  const afterPack = require('../../build/after-pack.cjs') as AfterPackModule;
  const context = (electronPlatformName: string, executableName?: string): FakePackContext => ({
    appOutDir: '/out/app',
    outDir: '/out',
    electronPlatformName,
    arch: 1,
    packager: {
      executableName,
      appInfo: { productFilename: 'Fostering Panel', sanitizedName: 'fostering-panel' },
    },
  });

  it('is an electron-builder hook function', () => {
    expect(typeof afterPack).toBe('function');
  });

  it('finds the Electron binary the way electron-builder names it', () => {
    expect(afterPack.electronExecutablePath(context('darwin'))).toBe(path.join('/out/app', 'Fostering Panel.app'));
    expect(afterPack.electronExecutablePath(context('win32'))).toBe(path.join('/out/app', 'Fostering Panel.exe'));
    expect(afterPack.electronExecutablePath(context('linux', 'fostering-panel'))).toBe(
      path.join('/out/app', 'fostering-panel'),
    );
    expect(() => afterPack.electronExecutablePath(context('plan9'))).toThrow(/plan9/);
  });

  it('flips the fuses in a packed (Linux) binary', async () => {
    // A stand-in binary: Electron's fuse sentinel, wire version 1, nine fuses as '0'/'1' bytes.
    const appOutDir = mkdtempSync(path.join(tmpdir(), 'panel-after-pack-'));
    try {
      const binary = path.join(appOutDir, 'fostering-panel');
      const wire = Buffer.from([1, 9, ...Buffer.from('101100111')]);
      writeFileSync(
        binary,
        Buffer.concat([Buffer.from('ELF…'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), wire]),
      );
      await afterPack({ ...context('linux', 'fostering-panel'), appOutDir, outDir: appOutDir });

      const state = await getCurrentFuseWire(binary);
      const on = 49;
      const off = 48;
      expect(state).toStrictEqual({
        version: FuseVersion.V1,
        [FuseV1Options.RunAsNode]: off,
        [FuseV1Options.EnableCookieEncryption]: on,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: off,
        [FuseV1Options.EnableNodeCliInspectArguments]: off,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: on,
        [FuseV1Options.OnlyLoadAppFromAsar]: on,
        // Not in our config: left as the binary had it.
        [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: on,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: off,
        8: on,
      });
    } finally {
      rmSync(appOutDir, { recursive: true, force: true });
    }
  });
});

describe('the main-process bundle', () => {
  let outDir = '';

  beforeAll(() => {
    // A temp folder, so the test never clobbers a dist/ someone is running from.
    outDir = mkdtempSync(path.join(tmpdir(), 'panel-build-main-'));
    execFileSync(process.execPath, ['build/build-main.mjs', '--out-dir', outDir], { cwd: ROOT, stdio: 'pipe' });
  }, 60_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const read = (relative: string) => readFileSync(path.join(outDir, relative), 'utf8');
  const metaInputs = (name: string) =>
    Object.keys((JSON.parse(read(`meta/${name}.meta.json`)) as { inputs: Record<string, unknown> }).inputs);

  it('writes both bundles with source maps', () => {
    for (const file of ['main.cjs', 'main.cjs.map', 'preload.cjs', 'preload.cjs.map']) {
      expect(existsSync(path.join(outDir, 'electron', file)), file).toBe(true);
    }
  });

  it('bundles the Electron layer and never the loopback transport', () => {
    const inputs = metaInputs('main');
    expect(inputs).toContain('electron/main/main.ts');
    expect(inputs).toContain('electron/main/ipc-transport.ts');
    expect(inputs.filter((input) => input.includes('loopback'))).toEqual([]);
    const bundle = read('electron/main.cjs');
    expect(bundle).not.toMatch(/loopback-server|startLoopbackServer|PANEL_URL=/);
  });

  it('keeps better-sqlite3 and electron outside the main bundle', () => {
    const inputs = metaInputs('main');
    expect(inputs.filter((input) => input.includes('node_modules/better-sqlite3/'))).toEqual([]);
    expect(read('electron/main.cjs')).toContain('require("better-sqlite3")');
  });

  it('makes a self-contained preload that requires only electron', () => {
    const preload = read('electron/preload.cjs');
    const required = [...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/\bimport\s*\(|\bimport\s+[\w{*]/);
    // Everything it uses is inlined: our own sources only, no packages that might reach for Node.
    expect(metaInputs('preload').filter((input) => !/^(electron\/main|shared)\//.test(input))).toEqual([]);
  });
});
