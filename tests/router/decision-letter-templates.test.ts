import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage, SavedDocument } from '../../shared/contract/documents';
import { buildLetter } from '../../shared/documents/letters';
import { flatten, paragraphsOf } from '../../shared/documents/templates/docx-plain-text';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { AppSettings } from '../../shared/schemas/settings';
import { IRM_CONTACT } from '../factories/letter-views';
import { openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';
import { windowSender } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(32);
const ADM_REASONS = 'Two unannounced visits found the children without a safe place to sleep.';
const IRM_SAYS = 'The IRM panel recommends that approval continues with extra support.';
const DEPARTURE = 'The IRM panel did not have the latest unannounced visit report.';
const folder = mkdtempSync(path.join(tmpdir(), 'panel-decision-letter-templates-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The header and footer, which pdftotext puts in the middle of a paragraph that runs over a page. */
const withoutPageFurniture = (text: string) =>
  flatten(
    text.replace(/Page \d+ of \d+ · Built-in template|OFFICIAL-SENSITIVE|(?<!Our )Reference: [A-Z]+-\d+-\d+/g, ' '),
  );

/**
 * The qualifying determination and final decision letters issued through
 * `documents:issue` from their built-in Word templates, on a real SQLite file,
 * opened in LibreOffice beside the code-built letter made from the same
 * record: every paragraph the code-built letter prints, the templated one
 * prints too, with the marking, the reference, "Page 1 of N" and the template.
 */
describe('the decision letters made from their built-in templates', () => {
  let minuted: MinutedSitting;
  let itemId: string;
  const as = <T>(channel: string, input: object, sender?: ReturnType<typeof windowSender>) =>
    minuted.panel.as<T>(channel, input, sender);
  const view = () => as<DecisionCaseView>('decisions:get', { itemId }, ADM);

  /** The issued letter and the code-built one from the same record and date, both through LibreOffice. */
  async function issuedBesideCodeBuilt(kind: 'letter-qualifying-determination' | 'letter-final-decision') {
    const saved = await as<SavedDocument>('documents:issue', { kind, subjectId: itemId });
    const printed = /(\d{4}-\d{2}-\d{2})\.docx$/.exec(saved.path)?.[1] ?? '';
    const settings = await as<AppSettings>('settings:get', {});
    const codeBuilt = await Packer.toBuffer(
      buildLetter(kind, {
        agency: {
          agencyName: settings.agencyName,
          agencyContact: settings.agencyContact,
          irmContact: settings.irmContact,
        },
        letterDate: printed,
        subject: { kind: 'case', view: await view() },
      }),
    );
    const codeFile = path.join(folder, `code-built-${kind}.docx`);
    writeFileSync(codeFile, codeBuilt);
    const [templated, code] = pdfPagesOfEach([saved.path, codeFile]);
    const paragraphs = paragraphsOf(new PizZip(codeBuilt).file('word/document.xml')?.asText() ?? '')
      .map(flatten)
      .filter((text) => text !== '');
    // The letterhead, addressee, greeting, body and sign-off: far more than a handful.
    expect(paragraphs.length).toBeGreaterThan(15);
    const pages = templated ?? [];
    return { pages, text: withoutPageFurniture(pages.join('\n')), code: flatten((code ?? []).join('\n')), paragraphs };
  }

  const expectPageFurniture = (pages: string[], reference: string) => {
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, index) => {
      const flat = flatten(page);
      expect(flat).toContain('OFFICIAL-SENSITIVE');
      expect(flat).toContain(`Reference: ${reference}`);
      expect(flat).toContain(`Page ${index + 1} of ${pages.length} · Built-in template`);
    });
  };

  beforeAll(async () => {
    minuted = await openMinutedSitting();
    itemId = minuted.items.terminationItem;
    await as('settings:update', { version: await settingsVersion(as), irmContact: IRM_CONTACT });
    const before = await view();
    await as(
      'decisions:decide',
      { itemId, version: before.case.version, verdict: 'agree', reasons: ADM_REASONS, decidedOn: '2026-11-23' },
      ADM,
    );
  });
  afterAll(() => minuted.panel.backend.dispose());

  it('refuses the qualifying determination letter in words until the letter is dated', async () => {
    const refusal = await minuted.panel.refused('documents:issue', {
      kind: 'letter-qualifying-determination',
      subjectId: itemId,
    });
    expect(refusal).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        'The qualifying determination letter cannot be made yet. Record the date of the letter first: the 28 days are counted from it.',
    });
  });

  it(
    'makes the qualifying determination letter from its template with every paragraph of the code-built one',
    async () => {
      const dated = await view();
      await as('decisions:recordLetterDate', { itemId, version: dated.case.version, letterDate: '2026-11-23' });
      const { pages, text, code, paragraphs } = await issuedBesideCodeBuilt('letter-qualifying-determination');
      for (const paragraph of paragraphs) expect(text).toContain(paragraph);
      for (const fact of [
        ...minuted.second.applicantNames,
        '23 November 2026',
        'Our proposal to end your approval',
        `My reasons for this proposal are: ${ADM_REASONS}`,
        'It recommended: Terminate approval',
        'You have 28 days from the date of this letter, that is until 21 December 2026,',
        'You can choose one of these, not both.',
        IRM_CONTACT.name,
        `Website: ${IRM_CONTACT.website}`,
        'by 21 December 2026, I will then make the final decision.',
        'Priya Shah',
      ]) {
        expect(text, fact).toContain(fact);
        expect(code, fact).toContain(fact);
      }
      expectPageFurniture(pages, minuted.second.reference);
      const register = await as<RegisterPage>('documents:register', {});
      expect(register.documents[0]).toMatchObject({
        kind: 'letter-qualifying-determination',
        template: 'Built-in template',
      });
    },
    OFFICE_TIMEOUT_MS,
  );

  it('refuses the final decision letter in words before the final decision', async () => {
    expect(
      await minuted.panel.refused('documents:issue', { kind: 'letter-final-decision', subjectId: itemId }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: 'This decision does not call for the final decision letter.' });
  });

  it(
    'makes the final decision letter after the IRM from its template with every paragraph of the code-built one',
    async () => {
      let current = await view();
      current = await as('decisions:recordRoute', {
        itemId,
        version: current.case.version,
        route: 'irm',
        receivedOn: '2026-11-23',
      });
      current = await as('decisions:recordIrmRecommendation', {
        itemId,
        version: current.case.version,
        recommendation: IRM_SAYS,
        receivedOn: '2026-11-23',
      });
      await as(
        'decisions:finalise',
        {
          itemId,
          version: current.case.version,
          decisionCode: 'terminate',
          reasons: 'The standard of care has not improved.',
          decidedOn: '2026-11-23',
          irmConsidered: true,
          irmDeparts: true,
          irmDepartureReasons: DEPARTURE,
        },
        ADM,
      );
      const { pages, text, code, paragraphs } = await issuedBesideCodeBuilt('letter-final-decision');
      for (const paragraph of paragraphs) expect(text).toContain(paragraph);
      for (const fact of [
        ...minuted.second.applicantNames,
        'Our final decision',
        'On 23 November 2026 we wrote to tell you that I proposed to end (terminate) your approval',
        IRM_SAYS,
        'the Independent Review Mechanism’s recommendation',
        'My final decision, made on 23 November 2026, is to end (terminate) your approval',
        'My reasons are: The standard of care has not improved.',
        `my final decision departs from it. My reasons for departing from its recommendation are: ${DEPARTURE}`,
        'Priya Shah',
      ]) {
        expect(text, fact).toContain(fact);
        expect(code, fact).toContain(fact);
      }
      expectPageFurniture(pages, minuted.second.reference);
      const register = await as<RegisterPage>('documents:register', {});
      expect(register.documents[0]).toMatchObject({ kind: 'letter-final-decision', template: 'Built-in template' });
    },
    OFFICE_TIMEOUT_MS,
  );
});
