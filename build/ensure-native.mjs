// Makes sure better-sqlite3 is compiled for the runtime about to load it.
//
//   node build/ensure-native.mjs node       before Vitest, browser mode and the demo
//   node build/ensure-native.mjs electron   before `electron .`
//
// Node and Electron use different native ABIs, so switching between them needs
// a rebuild; the marker file records the last target (and which binary file it
// vouches for, so a manual `npm rebuild` is noticed) so a repeat run is quick.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
const marker = path.join(moduleDir, 'build', '.panel-runtime');
const binding = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const onWindows = process.platform === 'win32';

const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('Usage: node build/ensure-native.mjs node|electron');
  process.exit(2);
}
if (!existsSync(moduleDir)) fail('node_modules/better-sqlite3 is missing: run npm ci first.');
// package.json installs better-sqlite3-multiple-ciphers under the name better-sqlite3 (the database is encrypted).
if (JSON.parse(readFileSync(path.join(moduleDir, 'package.json'), 'utf8')).name !== 'better-sqlite3-multiple-ciphers') {
  fail('node_modules/better-sqlite3 is the build without encryption: run npm ci, then npm rebuild better-sqlite3.');
}

if (target === 'node') ensureForNode();
else ensureForElectron();

function ensureForNode() {
  const wanted = `node ABI ${process.versions.modules} ${process.platform}-${process.arch}`;
  let problem = tryLoadInNode();
  if (problem === null) return done(wanted, 'better-sqlite3 is ready for Node.');
  if (!isWrongBuild(problem)) fail(`better-sqlite3 failed to load for a reason a rebuild will not fix:\n${problem}`);

  console.log('better-sqlite3 is built for another runtime (or not built): rebuilding it for Node…');
  run('npm', ['rebuild', 'better-sqlite3']);
  problem = tryLoadInNode();
  if (problem !== null) fail(`better-sqlite3 still does not load in Node after a rebuild:\n${problem}`);
  done(wanted, 'better-sqlite3 rebuilt for Node.');
}

function ensureForElectron() {
  const electronVersion = readElectronVersion();
  const missing = missingElectronBinary();
  if (missing) {
    // Nothing could load an Electron build here; keep the Node build so tests still run.
    console.log(
      `Electron binary not installed on this machine (${missing}): not rebuilding better-sqlite3 for Electron.`,
    );
    return;
  }
  const wanted = `electron ${electronVersion} ${process.platform}-${process.arch}`;
  if (readMarker() === stamp(wanted)) {
    console.log(`better-sqlite3 is ready for Electron ${electronVersion}.`);
    return;
  }
  console.log(`Rebuilding better-sqlite3 for Electron ${electronVersion} (electron-builder install-app-deps)…`);
  run('npx', ['electron-builder', 'install-app-deps']);
  done(wanted, `better-sqlite3 rebuilt for Electron ${electronVersion}.`);
}

/** Loads the module in a fresh Node, because this process may already hold a stale copy. */
function tryLoadInNode() {
  const result = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });
  return result.status === 0 ? null : `${result.stderr}${result.stdout}`.trim() || `exit code ${result.status}`;
}

function isWrongBuild(message) {
  return /NODE_MODULE_VERSION|compiled against a different Node\.js version|Could not locate the bindings file|Module did not self-register|ERR_DLOPEN_FAILED|invalid ELF header|not a valid Win32 application/i.test(
    message,
  );
}

function readElectronVersion() {
  try {
    const require = createRequire(path.join(root, 'package.json'));
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  } catch {
    return fail('The electron package is not installed: run npm ci first.');
  }
}

/** Why there is no Electron binary to run, or null if there is one (as node_modules/electron/index.js finds it). */
function missingElectronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return 'node_modules/electron/path.txt is missing';
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? null : `${binary} is missing`;
}

function readMarker() {
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : null;
}

/** The target plus the binary's size and time, so a marker never vouches for a file rebuilt since. */
function stamp(wanted) {
  if (!existsSync(binding)) return `${wanted} (no binary)`;
  const { size, mtimeMs } = statSync(binding);
  return `${wanted} ${size} ${Math.round(mtimeMs)}`;
}

function done(wanted, message) {
  const current = stamp(wanted);
  if (readMarker() !== current) {
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, `${current}\n`);
  }
  console.log(message);
}

function run(command, args) {
  // npm and npx are .cmd shims on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: onWindows });
  if (result.status !== 0) fail(`\`${command} ${args.join(' ')}\` failed (exit code ${result.status ?? 'none'}).`);
}

function fail(message) {
  console.error(`ensure-native: ${message}`);
  process.exit(1);
}
