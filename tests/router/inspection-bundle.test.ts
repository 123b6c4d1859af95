import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configure, Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage } from '../../shared/contract/documents';
import type { InspectionBundleSaved } from '../../shared/schemas/inspection-bundle';
import { docxText } from '../factories/docx-text';
import { ADM, openLateDecision } from '../factories/late-decision';
import { pdfPagesOf } from '../factories/office';
import type { PanelSitting } from '../factories/panel-sitting';

configure({ useWebWorkers: false });

const PASSPHRASE = 'harbour lantern quietly';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function unzip(file: string, password: string): Promise<Map<string, Uint8Array>> {
  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(readFileSync(file))));
  const files = new Map<string, Uint8Array>();
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue;
    files.set(entry.filename, await entry.getData(new Uint8ArrayWriter(), { password }));
  }
  await reader.close();
  return files;
}

/** The demo-like year of openLateDecision (one sitting, a late decision with its reason), bundled for 2026/27. */
describe('the inspection bundle', () => {
  let panel: PanelSitting;
  let saved: InspectionBundleSaved;
  let files: Map<string, Uint8Array>;
  let folder: string;
  const text = (name: string) => {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`No ${name} in ${[...files.keys()].join(', ')}`);
    const file = path.join(folder, path.basename(name));
    writeFileSync(file, bytes);
    return docxText(file);
  };

  beforeAll(async () => {
    const opened = await openLateDecision();
    panel = opened.panel;
    await panel.as('households:recordDelayReason', {
      householdId: panel.household.id,
      stepKey: `decision:${opened.approvalItem}`,
      reason: 'Awaiting references',
      note: '',
    });
    saved = await panel.as<InspectionBundleSaved>('reports:inspectionBundle', {
      from: '2026-04-01',
      to: '2027-03-31',
      minutesCount: 3,
      passphrase: PASSPHRASE,
    });
    files = await unzip(saved.path, PASSPHRASE);
    folder = mkdtempSync(path.join(tmpdir(), 'panel-bundle-'));
  }, 300_000);
  afterAll(() => {
    panel?.backend.dispose();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('opens only with the passphrase', async () => {
    await expect(unzip(saved.path, 'not the passphrase')).rejects.toThrow(/password/i);
    expect(saved.path.endsWith('.zip')).toBe(true);
  });

  it('holds the index, the approved minutes, the clocks summary, the central list and the annual report', () => {
    expect([...files.keys()].sort()).toEqual(['Index.docx', ...saved.parts.map((part) => part.fileName)].sort());
    const names = saved.parts.map((part) => part.fileName);
    expect(names.filter((name) => name.startsWith('minutes/'))).toEqual(['minutes/Panel minutes 2026-11-23 v1.docx']);
    expect(names).toContain('Statutory clocks summary.docx');
    expect(names).toContain('Central list and compliance.docx');
    expect(names).toContain('Fostering panel report 2026-04-01 to 2027-03-31.docx');
    expect(saved.notIncluded).toContain(
      'Approved minutes: only 1 of the 3 sets asked for were approved in the period.',
    );
    expect(names).toContain('Annual fostering data return 2026-04-01 to 2027-03-31.csv');
    expect(names).toContain('Annual fostering data return 2026-04-01 to 2027-03-31 summary.docx');
    expect(saved.notIncluded.some((line) => line.startsWith('Annual fostering data return'))).toBe(false);
    const csv = new TextDecoder().decode(files.get('Annual fostering data return 2026-04-01 to 2027-03-31.csv'));
    expect(csv).toContain('applications_received');
    expect(csv).toContain('places_at_year_end');
  });

  it('lists every file with its SHA-256 in the index, each matching the file in the ZIP', () => {
    const index = text('Index.docx');
    for (const part of saved.parts) {
      const bytes = files.get(part.fileName);
      expect(bytes, part.fileName).toBeDefined();
      expect(sha256(bytes ?? new Uint8Array()), part.fileName).toBe(part.sha256);
      expect(index).toContain(part.fileName);
      expect(index).toContain(part.sha256);
    }
  });

  it('summarises the clocks with the late decision and its reason, and the central list with compliance', () => {
    const clocks = text('Statutory clocks summary.docx');
    expect(clocks).toContain(`${panel.household.displayName} (${panel.household.reference})`);
    expect(clocks).toContain('Late by 2 days');
    expect(clocks).toContain('Awaiting references');
    expect(clocks).toContain('Late or overdue steps with a reason recorded: 1 of 2');
    const list = text('Central list and compliance.docx');
    expect(list).toContain('Margaret Ellis');
    expect(list).toContain('Independent');
  });

  it('is issued into the register with its SHA-256 and audited, without the passphrase', async () => {
    expect(sha256(new Uint8Array(readFileSync(saved.path)))).toBe(saved.sha256);
    const register = await panel.as<RegisterPage>('documents:register', { kind: 'inspection-bundle' });
    expect(register.documents).toEqual([
      expect.objectContaining({
        id: saved.documentId,
        sha256: saved.sha256,
        kindLabel: 'Inspection bundle (encrypted ZIP)',
      }),
    ]);
    const audited = panel.backend.store.sqlite
      .prepare(`SELECT changes FROM audit_log WHERE channel = 'reports:inspectionBundle' AND entity_id = ?`)
      .get(saved.documentId) as { changes: string };
    expect(audited.changes).toContain(saved.sha256);
    expect(audited.changes).not.toContain(PASSPHRASE);
    // The bundle's row and the delay reason leave the audit trail and every sealed record intact.
    expect(await panel.as<{ ok: boolean }>('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('refuses a short passphrase, a period that ends before it starts, and anyone but the administrator', async () => {
    const input = { from: '2026-04-01', to: '2027-03-31', minutesCount: 3, passphrase: PASSPHRASE };
    expect(await panel.refused('reports:inspectionBundle', { ...input, passphrase: 'short' })).toMatchObject({
      fieldErrors: { passphrase: expect.stringContaining('at least 12 characters') },
    });
    expect(await panel.refused('reports:inspectionBundle', { ...input, to: '2026-01-01' })).toMatchObject({
      fieldErrors: { to: 'The period must end after it starts' },
    });
    expect(await panel.refused('reports:inspectionBundle', input, ADM)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('opens the index in LibreOffice', () => {
    const file = path.join(folder, 'bundle-index.docx');
    writeFileSync(file, files.get('Index.docx') ?? new Uint8Array());
    const pdf = pdfPagesOf(file).join('\n').replace(/\s+/g, ' ');
    expect(pdf).toContain('Inspection bundle: index');
    // The table wraps long names and hashes inside their cells: the start of each is on the page.
    for (const part of saved.parts) expect(pdf, part.fileName).toContain(part.sha256.slice(0, 24));
    expect(pdf).toContain('Statutory clocks');
  });
});
