import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, SimpleField } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import { docxParts, docxText } from '../factories/docx-text';
import { openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { windowSender } from '../factories/panel-sitting';

const CHAIR = windowSender(31);
const ADM = windowSender(32);
const MARKER = 'Hand made by the window';

/** The attack of issue 18: a Word file made outside the app, with a field code, posing as a letter. */
async function handMadeLetter(): Promise<string> {
  const document = new Document({
    sections: [
      { children: [new Paragraph({ children: [new SimpleField('HYPERLINK "http://evil.example"', MARKER)] })] },
    ],
  });
  return Packer.toBase64String(document);
}

/**
 * Documents are made by main from its own records: no channel takes a
 * document's bytes to register, and what the register hands out again is
 * checked against the hash and the audit row that registered it.
 */
describe('documents issued by main, never uploaded by the window', () => {
  let minuted: MinutedSitting;
  let itemId: string;
  beforeAll(async () => {
    minuted = await openMinutedSitting();
    itemId = minuted.items.terminationItem;
    const view = await minuted.panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    await minuted.panel.as(
      'decisions:decide',
      { itemId, version: view.case.version, verdict: 'agree', reasons: 'Concerns remain.', decidedOn: '2026-11-23' },
      ADM,
    );
  });
  afterAll(() => minuted.panel.backend.dispose());

  const sqlite = () => minuted.panel.backend.store.sqlite;
  const registered = () =>
    sqlite().prepare('SELECT id, kind, bytes FROM issued_documents ORDER BY issued_at').all() as {
      id: string;
      kind: string;
      bytes: Buffer;
    }[];
  const exportsFolder = () => path.join(minuted.panel.backend.folder, 'exports');
  const exported = () => (existsSync(exportsFolder()) ? readdirSync(exportsFolder()) : []);

  it('registers nothing a chair sends as a termination letter: not on the old channel, not on the new one', async () => {
    const base64 = await handMadeLetter();
    const before = registered().length;
    const upload = { kind: 'letter-termination', subjectId: itemId, suggestedName: 'Termination letter', base64 };
    expect(await minuted.panel.refused('documents:save', upload, CHAIR)).toMatchObject({ code: 'UNKNOWN_CHANNEL' });
    // The new channel ignores the bytes and builds from the record, which calls for no termination letter yet.
    expect(await minuted.panel.refused('documents:issue', upload, CHAIR)).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'This decision does not call for the termination letter.',
    });
    expect(registered()).toHaveLength(before);
    for (const row of registered()) expect(row.bytes.includes(Buffer.from(MARKER))).toBe(false);
    for (const file of exported()) expect(readFileSync(path.join(exportsFolder(), file)).includes(MARKER)).toBe(false);
  });

  it('issues the letter the record calls for, built by main from the case, whatever bytes come with the request', async () => {
    const saved = await minuted.panel.as<{ path: string; documentId: string }>(
      'documents:issue',
      { kind: 'letter-decision-record', subjectId: itemId, base64: await handMadeLetter() },
      CHAIR,
    );
    const text = docxText(saved.path);
    expect(text).toContain('Concerns remain.');
    expect(text).not.toContain(MARKER);
    for (const [name, part] of Object.entries(docxParts(saved.path))) {
      expect(part, name).not.toContain('HYPERLINK');
      expect(part, name).not.toContain('fldSimple');
    }
    const row = registered().find((r) => r.id === saved.documentId);
    expect(row?.bytes.equals(readFileSync(saved.path))).toBe(true);
  });

  it('lets only an administrator or a chair issue the panel report', async () => {
    expect(
      await minuted.panel.refused(
        'documents:issue',
        { kind: 'annual-report', subjectId: 'report-2026-04-01-2027-03-31' },
        ADM,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  /** Changes one byte of a registered document as someone with the database file could, past the trigger. */
  function tamper(id: string, alsoHash: boolean): void {
    const db = sqlite();
    const trigger = (
      db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'issued_documents_no_update'`).get() as {
        sql: string;
      }
    ).sql;
    const row = db.prepare('SELECT bytes FROM issued_documents WHERE id = ?').get(id) as { bytes: Buffer };
    const bytes = Buffer.from(row.bytes);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
    db.exec('DROP TRIGGER issued_documents_no_update');
    db.prepare('UPDATE issued_documents SET bytes = ? WHERE id = ?').run(bytes, id);
    if (alsoHash) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      db.prepare('UPDATE issued_documents SET sha256 = ? WHERE id = ?').run(hash, id);
    }
    db.exec(trigger);
  }

  it.each([
    [
      'its bytes alone were',
      false,
      'Its stored bytes no longer match the fingerprint (SHA-256) recorded when it was issued',
    ],
    [
      'its bytes and the register’s hash were',
      true,
      'Its fingerprint (SHA-256) no longer matches the one the audit trail recorded when it was issued',
    ],
  ])('refuses to hand out a document when %s changed outside the app, saying so', async (_, alsoHash, why) => {
    const saved = await minuted.panel.as<{ documentId: string }>('documents:issue', {
      kind: 'letter-decision-record',
      subjectId: itemId,
    });
    const again = await minuted.panel.as<{ path: string }>('documents:reissue', { id: saved.documentId });
    expect(again.path).toBeTruthy();
    tamper(saved.documentId, alsoHash);
    const before = exported().map((file) => readFileSync(path.join(exportsFolder(), file)).toString('base64'));
    const refusal = await minuted.panel.refused('documents:reissue', { id: saved.documentId });
    expect(refusal).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(refusal?.message).toContain('This document has been changed since it was issued, outside the app.');
    expect(refusal?.message).toContain(why);
    // Nothing was written for the user to send on.
    expect(exported().map((file) => readFileSync(path.join(exportsFolder(), file)).toString('base64'))).toEqual(before);
  });

  it('makes no subject access export holding a letter changed outside the app', async () => {
    // The household's letters were changed by the tests above.
    const view = await minuted.panel.as<DecisionCaseView>('decisions:get', { itemId });
    const before = exported();
    const refusal = await minuted.panel.refused('records:exportSubjectAccess', { id: view.household.id });
    expect(refusal).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(refusal?.message).toMatch(
      /^The export was not made\. ADM decision record .+\.docx: This document has been changed/,
    );
    expect(exported()).toEqual(before);
  });

  it('writes no CSV text the window sends: main builds the table it names, every field quoted', async () => {
    const attack = { name: 'Panel report sittings', text: '=HYPERLINK("http://evil.example","Click")\r\n' };
    expect(await minuted.panel.refused('reports:saveCsv', attack)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(exported().filter((file) => file.endsWith('.csv'))).toEqual([]);
    const saved = await minuted.panel.as<{ path: string }>('reports:saveCsv', {
      ...attack,
      from: '2026-04-01',
      to: '2027-03-31',
      tableId: 'sittings',
    });
    const text = readFileSync(saved.path, 'utf8');
    expect(text).not.toContain('HYPERLINK');
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^"[^"]+"(,"[^"]*")*$/);
    for (const line of lines) expect(line.startsWith('"')).toBe(true);
  });
});
