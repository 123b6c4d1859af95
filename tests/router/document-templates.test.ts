import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage, SavedDocument } from '../../shared/contract/documents';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import { documentText } from '../../shared/documents/templates/render-template';
import { builtInTemplate, editBody } from '../documents/templates/template-edits';
import { openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { windowSender } from '../factories/panel-sitting';

const ADM = windowSender(32);
const KIND = 'letter-approval';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A template with the closing sentence reworded, as an administrator would in Word. */
const reworded = (words: string) =>
  editBody(builtInTemplate(KIND), (xml) => xml.replace('Thank you for all you have put into your assessment.', words));

/**
 * Settings → Documents through the router: upload with checks, refusals kept
 * in the audit trail, versions, restore, and the register recording which
 * template made each letter.
 */
describe('the service’s own Word templates', () => {
  let minuted: MinutedSitting;
  let itemId: string;
  beforeAll(async () => {
    minuted = await openMinutedSitting();
    itemId = minuted.items.approvalItem;
    const view = await minuted.panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    await minuted.panel.as(
      'decisions:decide',
      { itemId, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
  });
  afterAll(() => minuted.panel.backend.dispose());

  const as = <T>(channel: string, input: object) => minuted.panel.as<T>(channel, input);
  const sqlite = () => minuted.panel.backend.store.sqlite;
  const issueLetter = async () => {
    const saved = await as<SavedDocument>('documents:issue', { kind: KIND, subjectId: itemId });
    return { saved, text: documentText(new Uint8Array(readFileSync(saved.path))) };
  };
  const auditRows = (channel: string) =>
    sqlite().prepare('SELECT changes FROM audit_log WHERE channel = ? ORDER BY seq').all(channel) as {
      changes: string;
    }[];

  it('makes the approval letter from the built-in template, with the marking, reference and version', async () => {
    const { saved, text } = await issueLetter();
    expect(text).toContain('I have decided to approve you as');
    const view = await minuted.panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    const register = await as<RegisterPage>('documents:register', {});
    expect(register.documents[0]).toMatchObject({ kind: KIND, template: 'Built-in template' });
    // The marking sits in the header; the footer says which template made it.
    const zip = new PizZip(readFileSync(saved.path));
    const header = zip.file('word/header1.xml')?.asText() ?? '';
    const footer = zip.file('word/footer1.xml')?.asText() ?? '';
    expect(header).toContain('OFFICIAL-SENSITIVE');
    expect(header).toContain(`Reference: ${view.household.reference}`);
    expect(footer).toContain('Built-in template');
    expect(footer).toContain('NUMPAGES');
  });

  it('refuses a bad template, keeps the one in use, and audits the refusal', async () => {
    const bad = editBody(builtInTemplate(KIND), (xml) => xml.replace('{approval_terms}', ''));
    const refusal = await minuted.panel.refused('templates:upload', {
      kind: KIND,
      fileName: 'approval.docx',
      contentBase64: base64(bad),
    });
    expect(refusal?.message).toContain('The statutory block {approval_terms} is missing');
    const [list] = await as<{ inUse: number | null; versions: unknown[] }[]>('templates:list', {});
    expect(list).toMatchObject({ inUse: null, versions: [] });
    expect(auditRows('templates:upload').at(-1)?.changes).toContain('approval_terms');
  });

  it('previews an edited template from a real record, uploads it, and makes the next letter from it', async () => {
    const edited = reworded('Thank you, from all of us, for your assessment.');
    const file = { kind: KIND, fileName: 'approval.docx', contentBase64: base64(edited) };
    const [subject] = await as<{ subjectId: string }[]>('templates:subjects', { kind: KIND });
    expect(subject?.subjectId).toBe(itemId);
    const preview = await as<{ problems: string[]; documentBase64: string | null }>('templates:preview', {
      ...file,
      subjectId: itemId,
    });
    expect(preview.problems).toEqual([]);
    const previewText = documentText(new Uint8Array(Buffer.from(preview.documentBase64 ?? '', 'base64')));
    expect(previewText).toContain('Thank you, from all of us');
    expect(await as('templates:upload', file)).toEqual({ version: 1 });
    const { text } = await issueLetter();
    expect(text).toContain('Thank you, from all of us');
    const register = await as<RegisterPage>('documents:register', {});
    expect(register.documents[0]?.template).toBe('Template version 1');
  });

  it('restores an earlier version: the next letter is made from it, and the restore is audited', async () => {
    expect(
      await as('templates:upload', {
        kind: KIND,
        fileName: 'v2.docx',
        contentBase64: base64(reworded('Version two.')),
      }),
    ).toEqual({ version: 2 });
    expect((await issueLetter()).text).toContain('Version two.');
    await as('templates:restore', { kind: KIND, version: 1 });
    expect((await issueLetter()).text).toContain('Thank you, from all of us');
    await as('templates:restore', { kind: KIND, version: null });
    expect((await issueLetter()).text).toContain('Thank you for all you have put into your assessment.');
    const [list] = await as<{ inUse: number | null; versions: { version: number; sha256: string }[] }[]>(
      'templates:list',
      {},
    );
    expect(list?.inUse).toBeNull();
    expect(list?.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(list?.versions[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRows('templates:restore')).toHaveLength(2);
    const stored = sqlite().prepare('SELECT version FROM issued_document_templates ORDER BY rowid').all();
    expect(stored.map((row) => (row as { version: number | null }).version)).toEqual([null, 1, 2, 1, null]);
  });

  it('keeps every version and every letter’s template for good', () => {
    expect(() => sqlite().prepare('DELETE FROM document_template_versions').run()).toThrow(/cannot be removed/);
    expect(() => sqlite().prepare('UPDATE issued_document_templates SET version = 9').run()).toThrow(
      /cannot be changed/,
    );
  });
});
