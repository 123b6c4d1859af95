import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterPage, SavedDocument } from '../../shared/contract/documents';
import type { Household } from '../../shared/schemas/household';
import { LOOPBACK, loopbackCaller, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { docxText } from '../factories/docx-text';
import { householdInput } from '../factories/households';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The subject access summary is issued by main through documents:issue and kept in the register like any document. */
describe('the subject access summary', () => {
  let backend: TestBackend;
  const as = loopbackCaller(() => backend);
  afterEach(() => backend.dispose());

  it('is registered with its bytes and hash, audited, and re-downloaded only while it matches', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    const household = await as<Household>('households:create', householdInput({ reference: 'FC-2026-077' }));
    const saved = await as<SavedDocument>('documents:issue', {
      kind: 'subject-access-summary',
      subjectId: household.id,
    });
    const file = readFileSync(saved.path);
    expect(sha256(file)).toBe(saved.sha256);
    expect(docxText(saved.path)).toContain('FC-2026-077');

    const register = await as<RegisterPage>('documents:register', { kind: 'subject-access-summary' });
    expect(register.documents).toEqual([
      expect.objectContaining({
        id: saved.documentId,
        kind: 'subject-access-summary',
        kindLabel: 'Subject access summary',
        householdReference: 'FC-2026-077',
        sha256: saved.sha256,
        sizeBytes: file.length,
      }),
    ]);
    const sqlite = backend.store.sqlite;
    const row = sqlite
      .prepare('SELECT household_id AS householdId, bytes FROM issued_documents WHERE id = ?')
      .get(saved.documentId) as { householdId: string; bytes: Buffer };
    expect(row.householdId).toBe(household.id);
    expect(sha256(Buffer.from(row.bytes))).toBe(saved.sha256);
    const audited = sqlite
      .prepare(`SELECT changes FROM audit_log WHERE channel = 'documents:issue' AND entity_id = ?`)
      .get(saved.documentId) as { changes: string };
    expect(audited.changes).toContain(saved.sha256);

    // Saved again: the same bytes, checked against the register's hash and the audit row first.
    const again = await as<SavedDocument>('documents:reissue', { id: saved.documentId });
    expect(sha256(readFileSync(again.path))).toBe(saved.sha256);

    // Changed outside the app (past the trigger): refused, saying so.
    const trigger = (
      sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'issued_documents_no_update'`).get() as { sql: string }
    ).sql;
    const altered = Buffer.from(row.bytes);
    altered[altered.length - 30] = (altered[altered.length - 30] ?? 0) ^ 0xff;
    sqlite.exec('DROP TRIGGER issued_documents_no_update');
    sqlite.prepare('UPDATE issued_documents SET bytes = ? WHERE id = ?').run(altered, saved.documentId);
    sqlite.exec(trigger);
    const refused = await backend.router.dispatch(LOOPBACK, 'documents:reissue', { id: saved.documentId });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: expect.stringContaining('changed since it was issued') },
    });
  });

  it('is refused for a household that does not exist, leaving nothing in the register', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    expect(
      await backend.router.dispatch(LOOPBACK, 'documents:issue', {
        kind: 'subject-access-summary',
        subjectId: 'no-such-household',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('This household') } });
    expect((backend.store.sqlite.prepare('SELECT COUNT(*) AS n FROM issued_documents').get() as { n: number }).n).toBe(
      0,
    );
  });
});
