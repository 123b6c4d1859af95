import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedDocument } from '../../shared/contract/documents';
import type { AppSettings } from '../../shared/schemas/settings';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import { convertEach, OFFICE_TIMEOUT_MS } from '../factories/office';
import { AGENCY, openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { windowSender } from '../factories/panel-sitting';
import { pngDataUrl, solidPng } from '../factories/png';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(32);
const LOGO = solidPng(240, 80, [200, 30, 30]);

/** The pictures each PDF page holds, as `pdfimages -list` counts them (its two header lines left out). */
const picturesOnPages = (pdf: string) =>
  execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);

/**
 * The service's logo on a letter made from a Word template: the logo from the
 * settings replaces the built-in template's marked picture, in the file and on
 * the page LibreOffice draws; with no logo set, the letter holds no picture.
 */
describe('the service’s logo on templated letters', () => {
  let minuted: MinutedSitting;
  let folder: string;
  let itemId: string;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'panel-logo-'));
    minuted = await openMinutedSitting();
    itemId = minuted.items.approvalItem;
    const view = await minuted.panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    await minuted.panel.as(
      'decisions:decide',
      { itemId, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
  });
  afterAll(() => {
    minuted.panel.backend.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The letter issued with the given logo, copied under a name of its own for LibreOffice. */
  const letterWithLogo = async (name: string, logoDataUrl: string) => {
    const settings = await minuted.panel.as<AppSettings>('settings:get', {});
    await minuted.panel.as('settings:update', {
      version: await settingsVersion(minuted.panel.as),
      agencyContact: { ...settings.agencyContact, logoDataUrl },
    });
    const saved = await minuted.panel.as<SavedDocument>('documents:issue', {
      kind: 'letter-approval',
      subjectId: itemId,
    });
    const file = path.join(folder, `${name}.docx`);
    copyFileSync(saved.path, file);
    return file;
  };

  it(
    'prints the logo from the settings, and no picture when none is set',
    async () => {
      const withLogo = await letterWithLogo('with-logo', pngDataUrl(LOGO));
      const without = await letterWithLogo('without-logo', '');

      const zip = new PizZip(readFileSync(withLogo));
      const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
      expect(media).toHaveLength(1);
      expect(Buffer.from(zip.file(media[0] ?? '')?.asUint8Array() ?? [])).toEqual(LOGO);
      const body = zip.file('word/document.xml')?.asText() ?? '';
      expect(body).toContain(`descr="${AGENCY} logo"`);
      expect(body).not.toContain('{{logo}}');
      const plain = new PizZip(readFileSync(without));
      // Neither the grey box nor its image part is left: no part draws a picture.
      expect(Object.keys(plain.files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
      for (const part of Object.keys(plain.files).filter((name) => /^word\/[^/]+\.xml$/.test(name)))
        expect(plain.file(part)?.asText(), part).not.toContain('<w:drawing');

      const [pictures, none] = convertEach([withLogo, without], picturesOnPages);
      expect(pictures).toHaveLength(1);
      expect(pictures?.[0]).toMatch(/^\s*1\s+\d+\s+image\s+240\s+80\b/);
      expect(none).toEqual([]);
    },
    OFFICE_TIMEOUT_MS,
  );
});
