import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileKeyStore } from '../../electron/backend/audit/key-store';
import { tempFolder } from '../factories/backend';

describe('the audit key store on disk', () => {
  it('writes the anchor whole, and clears the temporary files a killed process left behind', () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'audit-anchor.json.4242.tmp'), '{"seq":');
    const store = new FileKeyStore(folder);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    store.writeAnchor({ seq: 7, hmac: 'ab'.repeat(32) });
    expect(store.readAnchor()).toEqual({ seq: 7, hmac: 'ab'.repeat(32) });
    expect(JSON.parse(readFileSync(path.join(folder, 'audit-anchor.json'), 'utf8'))).toMatchObject({ seq: 7 });
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.join(folder, 'audit.key'))).toBe(true);
  });
});
