import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../shared/contract/documents';
import { pdfPagesOfEach } from '../factories/office';
import { makeEveryDocument, type MadeDocument } from './demo-documents';
import { openShortDemo, type ShortDemo } from './short-demo';
import { expectSoundDocx } from './sound-docx';

/** pdftotext lays text out as on the page: compare with every run of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('every document the app makes, from demo records, opened in LibreOffice', () => {
  let demo: ShortDemo;
  let folder: string;
  let made: { document: MadeDocument; pdfText: string }[];

  beforeAll(async () => {
    const started = performance.now();
    demo = await openShortDemo();
    folder = mkdtempSync(path.join(tmpdir(), 'panel-every-document-'));
    const documents = await makeEveryDocument(demo, folder);
    const built = performance.now();
    const pages = pdfPagesOfEach(documents.map((d) => d.file));
    made = documents.map((document, index) => ({ document, pdfText: flat((pages[index] ?? []).join('\n')) }));
    const seconds = (to: number, from: number) => ((to - from) / 1000).toFixed(1);
    console.log(
      `Demo history ${demo.seconds.toFixed(1)} s, ${documents.length} documents built in ` +
        `${seconds(built, started + demo.seconds * 1000)} s, converted in one LibreOffice run in ${seconds(performance.now(), built)} s`,
    );
  }, 600_000);
  afterAll(() => {
    demo?.backend.dispose();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('covers every kind: agenda, draft and final minutes, extract, every letter, the report and subject access', () => {
    expect(made.map((m) => m.document.name)).toEqual([
      'agenda',
      'minutes-draft',
      'minutes-final',
      'minutes-extract',
      ...LETTER_KINDS,
      'annual-report',
      'subject-access',
    ]);
  });

  it('opens each one in LibreOffice and shows the facts from the records', () => {
    for (const { document, pdfText } of made) {
      expect(pdfText.length, document.name).toBeGreaterThan(200);
      for (const fact of document.facts) expect(pdfText, `${document.name}: ${fact}`).toContain(flat(fact));
    }
  });

  it('writes each as a sound zip of well-formed XML with no fields or links from user data', () => {
    for (const { document } of made) expectSoundDocx(document.file, document.name);
  });
});
