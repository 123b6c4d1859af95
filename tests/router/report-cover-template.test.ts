import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedDocument } from '../../shared/contract/documents';
import { reportCharts } from '../../shared/domain/reports/charts';
import { reportSubjectId } from '../../shared/domain/reports/period';
import { reportSections } from '../../shared/domain/reports/report-tables';
import type { AnnualReport } from '../../shared/schemas/report';
import { builtInTemplate, editBody } from '../documents/templates/template-edits';
import { convertEach, OFFICE_TIMEOUT_MS } from '../factories/office';
import { openReportScenario, type ReportScenario } from '../factories/report-scenario';

const KIND = 'annual-report';
const NARRATIVE = 'The panel sat twice and heard every case on time.';
const OUR_LETTERHEAD = 'Shire Children’s Services, Quality Assurance Unit';

/** Each page's text, and the pictures the PDF holds (`pdfimages -list` less its two header lines). */
function readPdf(pdf: string) {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  const pictures = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return { pages: pages.map((page) => page.replace(/\s+/g, ' ')), pictures };
}

/**
 * The panel report: its cover, header and footer from the Word template in
 * use, its body (the chair's report, the tables, the charts) built in code and
 * following the cover in the same document, issued through `documents:issue`
 * and opened by LibreOffice.
 */
describe('the panel report’s cover from a Word template', () => {
  let scenario: ReportScenario;
  let report: AnnualReport;
  let folder: string;
  const issue = async (name: string) => {
    const saved = await scenario.panel.as<SavedDocument>('documents:issue', {
      kind: KIND,
      subjectId: reportSubjectId(report.period),
    });
    const file = path.join(folder, `${name}.docx`);
    copyFileSync(saved.path, file);
    return file;
  };
  let builtIn: string;
  let agencyName: string;
  let edited: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'panel-cover-'));
    scenario = await openReportScenario();
    report = await scenario.report();
    await scenario.panel.as('reports:saveCommentary', { ...report.period, text: NARRATIVE, version: 0 });
    agencyName = (await scenario.panel.as<{ agencyName: string }>('settings:get', {})).agencyName;
    builtIn = await issue('built-in');
    // The service's own cover: its own letterhead line, and no chair line.
    const ours = editBody(builtInTemplate(KIND), (xml) =>
      xml
        .replace('{agency_name}', `${OUR_LETTERHEAD} for {agency_name}`)
        .replace(/<w:p\b(?:(?!<w:p\b)[\s\S])*?\{#has_chair\}[\s\S]*?\{\/has_chair\}[\s\S]*?<\/w:p>/, ''),
    );
    await scenario.panel.as('templates:upload', {
      kind: KIND,
      fileName: 'Our report cover.docx',
      contentBase64: Buffer.from(ours).toString('base64'),
    });
    edited = await issue('edited');
  }, 180_000);
  afterAll(() => {
    scenario.panel.backend.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('holds the cover’s facts, the code-built body after it and every chart as a picture, in one package', () => {
    const zip = new PizZip(readFileSync(builtIn));
    const body = zip.file('word/document.xml')?.asText() ?? '';
    // Each chart is drawn, with its relationship to a picture the package holds, and no other picture is held
    // (no logo is set: the box and its image are gone).
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(
      reportCharts(report).length,
    );
    const embeds = [...body.matchAll(/r:embed="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(embeds).toHaveLength(reportCharts(report).length);
    const relationships = zip.file('word/_rels/document.xml.rels')?.asText() ?? '';
    for (const embed of embeds) {
      const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${embed}"`).exec(
        relationships,
      );
      expect(zip.file(`word/${target?.[1] ?? target?.[2] ?? ''}`), embed).not.toBeNull();
    }
    expect(body).not.toContain('{{');
  });

  it(
    'opens in LibreOffice: the cover first, the body after it, the marking, reference and page numbers on every page',
    () => {
      const [made, ours] = convertEach([builtIn, edited], readPdf);
      if (!made || !ours) throw new Error('LibreOffice made no PDF');
      const [cover, ...rest] = made.pages;
      expect(cover).toContain(agencyName);
      expect(cover).toContain('Fostering panel report 2026/27');
      expect(cover).toContain('Period: 1 April 2026 to 31 March 2027');
      expect(cover).toContain('Figures taken from the panel');
      expect(cover).toContain('Chair of the fostering panel: Margaret Ellis');
      // The body starts on the page after the cover.
      expect(cover).not.toContain(NARRATIVE);
      const after = rest.join(' ');
      expect(after).toContain('The chair’s report');
      expect(after).toContain(NARRATIVE);
      for (const section of reportSections(report)) expect(after).toContain(section.title);
      made.pages.forEach((page, index) => {
        expect(page).toContain('OFFICIAL-SENSITIVE');
        expect(page).toContain('Reference: Panel report 2026-04-01 to 2027-03-31');
        expect(page).toContain(`Page ${index + 1} of ${made.pages.length} · Built-in template`);
      });
      expect(made.pictures).toHaveLength(reportCharts(report).length);

      // The service's own cover: its words, the chair line it removed gone, the same body after it.
      expect(ours.pages[0]).toContain(OUR_LETTERHEAD);
      expect(ours.pages[0]).not.toContain('Chair of the fostering panel');
      expect(ours.pages.join(' ')).toContain(NARRATIVE);
      expect(ours.pages.at(-1)).toContain('Template version 1');
      expect(ours.pictures).toHaveLength(reportCharts(report).length);
    },
    OFFICE_TIMEOUT_MS,
  );
});
