import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileKeyStore, moveKeysOutOf } from '../../electron/backend/audit/key-store';
import { keysFolderFor } from '../../electron/compose';
import { tempFolder } from '../factories/backend';

describe('the audit key store on disk', () => {
  it('writes the anchor whole, and clears the temporary files a killed process left behind', () => {
    const folder = tempFolder();
    // A process id above any the system gives out: the process that wrote it is gone.
    writeFileSync(path.join(folder, 'audit-anchor.json.99999999.tmp'), '{"seq":');
    const store = new FileKeyStore(folder);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    store.writeAnchor({ seq: 7, hmac: 'ab'.repeat(32) });
    expect(store.readAnchor()).toEqual({ seq: 7, hmac: 'ab'.repeat(32) });
    expect(JSON.parse(readFileSync(path.join(folder, 'audit-anchor.json'), 'utf8'))).toMatchObject({ seq: 7 });
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.join(folder, 'audit.key'))).toBe(true);
  });
});

describe('a key folder opened by a second process', () => {
  it('leaves alone the temporary anchor of a process that is still writing it', () => {
    const folder = tempFolder();
    // The parent of this test runner is running: its half-written anchor is a write in progress.
    const inProgress = `audit-anchor.json.${process.ppid}.tmp`;
    writeFileSync(path.join(folder, inProgress), '{"seq":');
    new FileKeyStore(folder);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([inProgress]);
  });
});

describe('where the keys live', () => {
  it('refuses a key folder inside the data folder, or the data folder itself', () => {
    const data = tempFolder();
    const file = path.join(data, 'panel.sqlite');
    expect(() => keysFolderFor(file, path.join(data, 'keys'), {})).toThrow(/inside the data folder/);
    expect(() => keysFolderFor(file, data, {})).toThrow(/inside the data folder/);
    expect(() => keysFolderFor(file, undefined, { PANEL_KEYS_DIR: path.join(data, 'x', 'keys') })).toThrow(
      /inside the data folder/,
    );
    expect(keysFolderFor(file, undefined, {})).toBe(path.join(`${data}-keys`, 'panel'));
    expect(keysFolderFor(file, undefined, { PANEL_KEYS_DIR: `${data}-elsewhere` })).toBe(`${data}-elsewhere`);
  });

  it('moves the keys of an installation from before this release out of the data folder, once', () => {
    const data = tempFolder();
    const legacy = path.join(data, 'keys');
    const old = new FileKeyStore(legacy);
    old.writeAnchor({ seq: 3, hmac: 'cd'.repeat(32) });
    const key = old.loadKey();
    const outside = `${data}-keys`;
    moveKeysOutOf(legacy, outside);
    expect(existsSync(legacy)).toBe(false);
    const moved = new FileKeyStore(outside);
    expect(moved.loadKey().equals(key)).toBe(true);
    expect(moved.readAnchor()).toEqual({ seq: 3, hmac: 'cd'.repeat(32) });
    // A key folder already in use is never replaced by a stale copy.
    new FileKeyStore(legacy).loadKey();
    moveKeysOutOf(legacy, outside);
    expect(new FileKeyStore(outside).loadKey().equals(key)).toBe(true);
  });

  it('reads a missing or nulled anchor as none, and refuses an empty, malformed or forged one', () => {
    const store = new FileKeyStore(tempFolder());
    expect(store.readAnchor()).toBeNull();
    const file = path.join(store['folder'], 'audit-anchor.json');
    writeFileSync(file, 'null');
    expect(store.readAnchor()).toBeNull();
    writeFileSync(file, '');
    expect(() => store.readAnchor()).toThrow(/cannot be read/);
    writeFileSync(file, '{"seq":"7"}');
    expect(() => store.readAnchor()).toThrow(/not in the form/);
    writeFileSync(file, JSON.stringify({ seq: 7, hmac: 'ab'.repeat(32), mac: 'ef'.repeat(32) }));
    expect(() => store.readAnchor()).toThrow(/altered/);
  });
});
