import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The lint refuses a wrong import as it is written; this reads the imports
 * the tree actually has and proves the layering as a whole: db/ is the only
 * source folder that imports the schema or drizzle-orm (tests/ aside, see
 * tests/README.md), the core (electron/backend) imports no feature and not the
 * composition root, and no import cycle runs among the main process's files.
 */
const root = process.cwd();
const scanned = ['electron', 'db', 'shared', 'renderer/src', 'bench'];

function tsFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return tsFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** A relative import resolved to the repository file it names, or null for a package or a stylesheet. */
function resolve(from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.') || specifier.endsWith('.css')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  const found = candidates.find((candidate) => known.has(candidate));
  if (!found) throw new Error(`${from} imports ${specifier}, which is not a file of the tree`);
  return found;
}

/** Each file's imports: the files of the tree it names, and the packages. */
function importGraph(): { graph: Map<string, string[]>; packages: Map<string, string[]> } {
  const files = scanned.flatMap(tsFiles);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = importedFiles.map((imported) => resolve(file, imported.fileName, known));
    graph.set(
      file,
      targets.filter((target): target is string => target !== null),
    );
    packages.set(
      file,
      importedFiles.map((imported) => imported.fileName).filter((name) => !name.startsWith('.')),
    );
  }
  return { graph, packages };
}

const inDb = (file: string) => file.startsWith('db/');

/** Every import of the schema (db/schema/*) from a file outside db/, as "file → schema file". */
function schemaImportsOutsideDb(graph: Map<string, string[]>): string[] {
  return [...graph.entries()]
    .filter(([file]) => !inDb(file))
    .flatMap(([file, targets]) =>
      targets.filter((target) => target.startsWith('db/schema/')).map((target) => `${file} → ${target}`),
    );
}

/** Every import of drizzle-orm (or a path inside it) from a file outside db/. */
function drizzleImportsOutsideDb(packages: Map<string, string[]>): string[] {
  return [...packages.entries()]
    .filter(([file]) => !inDb(file))
    .flatMap(([file, names]) =>
      names
        .filter((name) => name === 'drizzle-orm' || name.startsWith('drizzle-orm/'))
        .map((name) => `${file} → ${name}`),
    );
}

/** Every cycle's files, found by a depth-first walk (each cycle reported once, from where it was entered). */
function cycles(graph: Map<string, string[]>, within: (file: string) => boolean): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!within(next)) continue;
      if (state.get(next) === 'open') found.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (within(file) && !state.has(file)) visit(file);
  return found;
}

describe('the import graph', () => {
  const { graph, packages } = importGraph();

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('electron/compose.ts')).toContain('electron/backend/router.ts');
    expect(graph.get('db/repositories/complaints-repository.ts')).toContain('db/schema/index.ts');
    expect(packages.get('db/repositories/complaints-repository.ts')).toContain('drizzle-orm');
    expect([...graph.keys()].some((file) => file.startsWith('renderer/src/'))).toBe(true);
    expect([...graph.keys()].some((file) => file.startsWith('bench/'))).toBe(true);
  });

  it('has db/ as the only source folder that imports the schema', () => {
    expect(schemaImportsOutsideDb(graph)).toEqual([]);
  });

  it('has db/ as the only source folder that imports drizzle-orm', () => {
    expect(drizzleImportsOutsideDb(packages)).toEqual([]);
  });

  it('finds a schema or drizzle import outside db/ when there is one', () => {
    const reaching = new Map([
      ['electron/features/x/y.ts', ['db/schema/index.ts', 'db/repositories/x.ts']],
      ['db/repositories/x.ts', ['db/schema/index.ts']],
    ]);
    expect(schemaImportsOutsideDb(reaching)).toEqual(['electron/features/x/y.ts → db/schema/index.ts']);
    const drizzled = new Map([
      ['electron/backend/x.ts', ['zod', 'drizzle-orm/sqlite-core']],
      ['db/x.ts', ['drizzle-orm']],
    ]);
    expect(drizzleImportsOutsideDb(drizzled)).toEqual(['electron/backend/x.ts → drizzle-orm/sqlite-core']);
  });

  it('has no import from the core up into a feature or the composition root', () => {
    const upward = [...graph.entries()]
      .filter(([file]) => file.startsWith('electron/backend/'))
      .flatMap(([file, targets]) =>
        targets
          .filter((target) => target.startsWith('electron/features/') || target.startsWith('electron/compose'))
          .map((target) => `${file} → ${target}`),
      );
    expect(upward).toEqual([]);
  });

  it('has no import cycle among the electron/ files', () => {
    const found = cycles(graph, (file) => file.startsWith('electron/'));
    expect(found.map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no import cycle among the db/ files', () => {
    const found = cycles(graph, inDb);
    expect(found.map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['electron/a.ts', ['electron/b.ts']],
      ['electron/b.ts', ['electron/a.ts']],
    ]);
    expect(cycles(looped, () => true)).toEqual([['electron/a.ts', 'electron/b.ts', 'electron/a.ts']]);
  });
});
