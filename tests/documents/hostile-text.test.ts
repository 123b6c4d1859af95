import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, xmlText } from '../factories/docx-text';
import { pdfPagesOfEach } from '../factories/office';
import { makeHostileBuiltDocuments } from './hostile-builders';
import { HOSTILE_APPLICANTS, makeHostileDocuments, type HostileDocument } from './hostile-records';
import { comparable, FIELD_MARKUP } from './hostile-text';
import { expectSoundDocx } from './sound-docx';

/**
 * The minutes' header and footer, and a templated document's (marking, reference — a household's, or the
 * sitting's for the agenda and minutes — "Page X of Y" and the template), which pdftotext puts in the middle of text that runs over a page.
 */
const withoutPageFurniture = (text: string) =>
  text.replace(
    /DRAFT—notapprovedbythechair|Page\d+(?:of\d+·(?:Built-intemplate|Templateversion\d+))?|OFFICIAL-SENSITIVE|Reference:(?:FC-\d+|Fosteringpanel\d{1,2}[A-Z][a-z]+\d{4})/g,
    '',
  );

describe('hostile user text in every kind of document', () => {
  let folder: string;
  let records: Awaited<ReturnType<typeof makeHostileDocuments>>;
  let made: { document: HostileDocument; pdfText: string }[];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'panel-hostile-'));
    records = await makeHostileDocuments(folder);
    const documents = [...records.made, ...(await makeHostileBuiltDocuments(folder, records))];
    const pages = pdfPagesOfEach(documents.map((d) => d.file));
    made = documents.map((document, index) => ({ document, pdfText: (pages[index] ?? []).join('\n') }));
  }, 600_000);
  afterAll(() => {
    records?.panel.backend.dispose();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('stores what the boundary accepts exactly as typed', async () => {
    const household = await records.panel.as<{ applicantNames: string[] }>('households:get', {
      id: records.panel.household.id,
    });
    expect(household.applicantNames).toEqual(HOSTILE_APPLICANTS);
  });

  it('writes every file as a sound zip of well-formed XML, with no fields or links from the text', () => {
    expect(made).toHaveLength(20);
    for (const { document } of made) expectSoundDocx(document.file, document.name);
  });

  it('keeps the text as typed in the file, less only the characters XML forbids, markup escaped', () => {
    for (const { document } of made) {
      const xml = docxParts(document.file)['word/document.xml'] ?? '';
      const text = xmlText(xml);
      for (const sample of document.samples) expect(text, `${document.name}: ${sample.typed}`).toContain(sample.stored);
      if (document.samples.includes(FIELD_MARKUP)) expect(xml).toContain('&lt;w:fldSimple w:instr=');
    }
  });

  it('opens in LibreOffice and shows the text literally', () => {
    for (const { document, pdfText } of made) {
      const shown = withoutPageFurniture(comparable(pdfText));
      for (const sample of document.samples) {
        if (sample.shown === null) continue;
        expect(shown, `${document.name}: ${sample.typed.slice(0, 60)}`).toContain(comparable(sample.shown));
      }
    }
  });
});
