import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The lint refuses a wrong import as it is written; this reads the imports
 * the tree actually has and proves the layering as a whole: the core
 * (electron/backend) imports no feature and not the composition root, and no
 * import cycle runs among the main process's files.
 */
const root = process.cwd();
const scanned = ['electron', 'db', 'shared'];

function tsFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return tsFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** A relative import resolved to the repository file it names, or null for a package. */
function resolve(from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  const found = candidates.find((candidate) => known.has(candidate));
  if (!found) throw new Error(`${from} imports ${specifier}, which is not a file of the tree`);
  return found;
}

function importGraph(): Map<string, string[]> {
  const files = scanned.flatMap(tsFiles);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = importedFiles.map((imported) => resolve(file, imported.fileName, known));
    graph.set(
      file,
      targets.filter((target): target is string => target !== null),
    );
  }
  return graph;
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
  const graph = importGraph();

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('electron/compose.ts')).toContain('electron/backend/router.ts');
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

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['electron/a.ts', ['electron/b.ts']],
      ['electron/b.ts', ['electron/a.ts']],
    ]);
    expect(cycles(looped, () => true)).toEqual([['electron/a.ts', 'electron/b.ts', 'electron/a.ts']]);
  });
});
