import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage, SavedDocument } from '../../shared/contract/documents';
import { docxText } from '../factories/docx-text';
import { openLateDecision } from '../factories/late-decision';
import { pdfPagesOf } from '../factories/office';
import type { PanelSitting } from '../factories/panel-sitting';
import { expectSoundDocx } from './sound-docx';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** One household's case chain, issued by main through the register and opened in LibreOffice. */
describe('the case chain document', () => {
  let panel: PanelSitting;
  let approvalItem: string;
  let saved: SavedDocument;
  let text: string;
  let pdfText: string;

  beforeAll(async () => {
    ({ panel, approvalItem } = await openLateDecision());
    await panel.as('households:recordDelayReason', {
      householdId: panel.household.id,
      stepKey: `decision:${approvalItem}`,
      reason: 'Awaiting references',
      note: 'Second referee on leave',
    });
    saved = await panel.as<SavedDocument>('documents:issue', { kind: 'case-chain', subjectId: panel.household.id });
    text = flat(docxText(saved.path));
    pdfText = flat(pdfPagesOf(saved.path).join('\n'));
  }, 300_000);
  afterAll(() => panel?.backend.dispose());

  it('shows each step with its rule, due and actual dates, how late, and the reason for the delay', () => {
    for (const fact of [
      `Case chain: ${panel.household.displayName} (${panel.household.reference})`,
      'As at: 10 December 2026',
      'Application received',
      'Papers to panel members',
      'NMS 14.9',
      '2 December 2026',
      '4 December 2026',
      'Late by 2 days',
      'Awaiting references: Second referee on leave',
      'Overdue by 2 days',
      'Not yet due',
      'On time',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('opens in LibreOffice, the late step and its reason on the page', () => {
    for (const word of ['Case chain:', 'NMS 14.9', 'Late by 2', 'Overdue', 'Awaiting', 'references']) {
      expect(pdfText, word).toContain(word);
    }
  });

  it('is registered against the household with its SHA-256, and is a sound DOCX', async () => {
    const bytes = readFileSync(saved.path);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(saved.sha256);
    const register = await panel.as<RegisterPage>('documents:register', { kind: 'case-chain' });
    expect(register.documents).toEqual([
      expect.objectContaining({
        id: saved.documentId,
        kindLabel: 'Case chain',
        householdReference: panel.household.reference,
        sha256: saved.sha256,
      }),
    ]);
    expectSoundDocx(saved.path, 'case chain');
  });
});
