import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, PAGE_CACHE_KIB, readPragmas } from '../../db/connection';
import { tempFolder } from '../factories/backend';

const KEY = Buffer.alloc(32, 7);

describe('connection pragmas', () => {
  const opened: { close(): void }[] = [];
  afterEach(() => {
    for (const handle of opened.splice(0)) handle.close();
  });

  it('opens a real file in WAL mode with full sync, foreign keys and a busy timeout', () => {
    const { sqlite } = connect(path.join(tempFolder(), 'pragmas.sqlite'), KEY);
    opened.push(sqlite);
    expect(readPragmas(sqlite)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000 });
  });

  it('gives each connection a page cache of PAGE_CACHE_KIB, so fewer pages are decrypted again', () => {
    const { sqlite } = connect(path.join(tempFolder(), 'cache.sqlite'), KEY);
    opened.push(sqlite);
    expect(sqlite.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
  });

  it('keeps the settings on a second connection to the same file', () => {
    const file = path.join(tempFolder(), 'again.sqlite');
    const first = connect(file, KEY);
    const second = connect(file, KEY);
    opened.push(first.sqlite, second.sqlite);
    expect(readPragmas(second.sqlite).journal_mode).toBe('wal');
    expect(readPragmas(second.sqlite).foreign_keys).toBe(1);
  });

  it('enforces foreign keys', () => {
    const { sqlite } = connect(path.join(tempFolder(), 'fk.sqlite'), KEY);
    opened.push(sqlite);
    sqlite.exec('CREATE TABLE parent (id TEXT PRIMARY KEY); CREATE TABLE child (p TEXT REFERENCES parent(id));');
    expect(() => sqlite.prepare(`INSERT INTO child VALUES ('missing')`).run()).toThrow(/FOREIGN KEY/);
  });
});
