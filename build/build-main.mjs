// Bundles the Electron main process and the preload script with esbuild.
//
//   node build/build-main.mjs                 -> dist/electron/{main,preload}.cjs, metafiles in dist/meta/
//   node build/build-main.mjs --out-dir DIR   -> DIR/electron/..., DIR/meta/... (tests build into a temp folder)
//
// Fails (exit 1) if the loopback transport reaches either bundle, or if the
// preload needs anything other than 'electron' at run time.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: path.join(root, 'dist') } } });
const outRoot = path.resolve(values['out-dir']);
const outDir = path.join(outRoot, 'electron');
// Outside dist/electron so electron-builder never packs the metafiles.
const metaDir = path.join(outRoot, 'meta');

/** Browser mode's HTTP transport must never ship inside the desktop app. */
const FORBIDDEN_INPUT = 'electron/loopback/';

/** @type {import('esbuild').BuildOptions} */
const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  // Both are supplied at run time: electron by the runtime, better-sqlite3 from
  // the unpacked node_modules because it is a native module.
  // Native modules stay in node_modules (unpacked from asar); everything else is bundled.
  external: ['electron', 'better-sqlite3', '@node-rs/argon2'],
};

/** @type {{ name: string, entry: string, allowedRuntimeImports: string[] | null }[]} */
const bundles = [
  { name: 'main', entry: 'electron/main/main.ts', allowedRuntimeImports: null },
  // The preload runs sandboxed: it can only require 'electron', so everything else must be inlined.
  { name: 'preload', entry: 'electron/main/preload.ts', allowedRuntimeImports: ['electron'] },
];

await rm(outDir, { recursive: true, force: true });
await mkdir(metaDir, { recursive: true });

const problems = [];
await Promise.all(
  bundles.map(async ({ name, entry, allowedRuntimeImports }) => {
    const outfile = path.join(outDir, `${name}.cjs`);
    const result = await build({ ...shared, entryPoints: [entry], outfile });
    const { metafile } = result;
    await writeFile(path.join(metaDir, `${name}.meta.json`), JSON.stringify(metafile, null, 2));

    for (const input of Object.keys(metafile.inputs)) {
      if (input.replaceAll('\\', '/').includes(FORBIDDEN_INPUT)) {
        problems.push(`${name}.cjs includes ${input}: the loopback transport must not be bundled into the app.`);
      }
    }
    if (allowedRuntimeImports) {
      for (const output of Object.values(metafile.outputs)) {
        for (const imported of output.imports) {
          if (imported.external && !allowedRuntimeImports.includes(imported.path)) {
            problems.push(
              `${name}.cjs requires '${imported.path}' at run time; a sandboxed preload may only require 'electron'.`,
            );
          }
        }
      }
    }
    console.log(`Built ${path.relative(root, outfile)} (${Object.keys(metafile.inputs).length} source files)`);
  }),
);

if (problems.length > 0) {
  for (const problem of problems) console.error(`build-main: ${problem}`);
  // A bundle that failed these checks must not be launched or packaged by mistake.
  await rm(outDir, { recursive: true, force: true });
  process.exit(1);
}
