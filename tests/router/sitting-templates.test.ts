import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer, type Document } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage, SavedDocument } from '../../shared/contract/documents';
import { buildAgendaDocument } from '../../shared/documents/agenda-document';
import { buildDraftMinutesDocument, buildFinalMinutesDocument } from '../../shared/documents/minutes-document';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { docxHeadersAndFooters, docxText } from '../factories/docx-text';
import { AGENCY, openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';

const REFERENCE = 'Reference: Fostering panel 23 November 2026';
const DRAFT = 'DRAFT — not approved by the chair';
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The agenda and the draft and final minutes, issued through documents:issue
 * from their built-in Word templates on a real SQLite file, say exactly what
 * the code builders say in the body, with the house header and footer, and
 * open in LibreOffice.
 */
describe('the agenda and minutes from their Word templates', () => {
  let minuted: MinutedSitting;
  const issued: Record<string, { path: string; expected: string }> = {};
  let pages: Record<string, string[]> = {};

  beforeAll(async () => {
    minuted = await openMinutedSitting();
    const { approvedContent, approval, sittingId, draft, referrals } = minuted.view;
    if (!approvedContent || !approval) throw new Error('The minutes were not approved');
    const sitting = await minuted.panel.as<SittingDetail>('sittings:get', { id: sittingId });
    const codeBuilt: [string, Document][] = [
      ['agenda', buildAgendaDocument({ agencyName: AGENCY, sitting, previousSitting: null, nextSitting: null })],
      ['minutes-draft', buildDraftMinutesDocument(draft)],
      ['minutes-final', buildFinalMinutesDocument(approvedContent, approval, referrals)],
    ];
    for (const [kind, document] of codeBuilt) {
      const saved = await minuted.panel.as<SavedDocument>('documents:issue', { kind, subjectId: sittingId });
      const expected = path.join(minuted.panel.backend.folder, `code-built-${kind}.docx`);
      writeFileSync(expected, await Packer.toBuffer(document));
      issued[kind] = { path: saved.path, expected };
    }
    const kinds = Object.keys(issued);
    const converted = pdfPagesOfEach(kinds.map((kind) => issued[kind]?.path ?? ''));
    pages = Object.fromEntries(kinds.map((kind, index) => [kind, converted[index] ?? []]));
  }, OFFICE_TIMEOUT_MS * 2);
  afterAll(() => minuted.panel.backend.dispose());

  it('says in the body exactly what the code-built documents say, paragraph by paragraph', () => {
    for (const [kind, { path: file, expected }] of Object.entries(issued)) {
      expect(docxText(file), kind).toBe(docxText(expected));
    }
    expect(docxText(issued['minutes-final']?.path ?? '')).toContain(
      'Approved by Margaret Ellis, chair, on 23 November 2026.',
    );
  });

  it('records each in the register as made from the built-in template', async () => {
    const register = await minuted.panel.as<RegisterPage>('documents:register', {});
    for (const kind of Object.keys(issued))
      expect(
        register.documents.find((d) => d.kind === kind),
        kind,
      ).toMatchObject({ template: 'Built-in template' });
  });

  it('opens in LibreOffice with the marking, the sitting as reference and “Page X of Y” on every page', () => {
    for (const [kind, kindPages] of Object.entries(pages)) {
      expect(kindPages.length, kind).toBeGreaterThan(0);
      kindPages.forEach((page, index) => {
        const words = flat(page);
        expect(words, `${kind} page ${index + 1}`).toContain('OFFICIAL-SENSITIVE');
        expect(words, `${kind} page ${index + 1}`).toContain(REFERENCE);
        expect(words, `${kind} page ${index + 1}`).toContain(
          `Page ${index + 1} of ${kindPages.length} · Built-in template`,
        );
        if (kind === 'minutes-draft')
          expect(page.split(DRAFT).length, `draft page ${index + 1}`).toBeGreaterThanOrEqual(3);
        else expect(page, kind).not.toContain('DRAFT');
      });
    }
    const agenda = flat(pages.agenda?.join('\n') ?? '');
    for (const fact of [
      'Fostering panel agenda',
      'Monday 23 November 2026, 09:30',
      'Members expected',
      'Approval (mainstream)',
      'KC-2027-009',
    ])
      expect(agenda, fact).toContain(fact);
    const final = flat(pages['minutes-final']?.join('\n') ?? '');
    for (const fact of [
      'Minutes of the fostering panel',
      'Presided by: Margaret Ellis (Chair)',
      'Vote: For 4, against 1, abstaining 0',
      'Approved by Margaret Ellis, chair, on 23 November 2026.',
      'Sent to the agency decision maker',
    ])
      expect(final, fact).toContain(fact);
  });

  it('offers the sitting, by its date, as a record to preview the minutes template with', async () => {
    const subjects = await minuted.panel.as<{ subjectId: string; label: string }[]>('templates:subjects', {
      kind: 'minutes-final',
    });
    expect(subjects[0]).toMatchObject({ subjectId: minuted.view.sittingId });
    expect(subjects[0]?.label).toMatch(/^Fostering panel 23 November 2026, last issued /);
  });

  it('puts the marking and the reference in the header, the version in the footer', () => {
    for (const [kind, { path: file }] of Object.entries(issued)) {
      const { headers, footers } = docxHeadersAndFooters(file);
      expect(headers.join('\n'), kind).toContain(REFERENCE);
      expect(footers.join('\n'), kind).toContain('Built-in template');
    }
  });

  it('refuses the final minutes of a sitting whose minutes are not approved, in words', async () => {
    const sitting = await minuted.panel.as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date: '2027-01-05',
      startTime: '10:00',
      venue: 'County Hall',
    });
    const refusal = await minuted.panel.refused('documents:issue', { kind: 'minutes-final', subjectId: sitting.id });
    expect(refusal?.message).toBe('These minutes have not been approved yet.');
  });
});
