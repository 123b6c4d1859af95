import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../shared/contract/documents';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import { buildLetter, letterProblem, type LetterInput, type LetterSubject } from '../../shared/documents/letters';
import { decodeBase64, readLogo } from '../../shared/documents/letters/logo';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import { docxParts, docxText } from '../factories/docx-text';
import {
  agency,
  APPROVAL_ENDS,
  connectedPersonCase,
  DECIDED_ON,
  decisionCase,
  extensionView,
  FINAL_REASONS,
  finalCaseAfterIrm,
  household,
  IRM_TEXT,
  LOGO_PNG,
  NOT_APPROVE_REASONS,
  PANEL_VIEWS,
  qualifyingCase,
  resignationView,
  reviewCase,
  terminationCase,
  TERMINATION_REASONS,
} from '../factories/letter-views';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';

const folder = mkdtempSync(path.join(tmpdir(), 'panel-letters-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const LETTER_DATE = '2027-01-12';

const input = (subject: LetterSubject, extra: Partial<LetterInput> = {}): LetterInput => ({
  agency: agency(),
  letterDate: LETTER_DATE,
  subject,
  ...extra,
});
const onCase = (view: DecisionCaseView): LetterSubject => ({ kind: 'case', view });

let count = 0;
/** Builds the letter, saves it as a real file and reads it back. */
async function saved(kind: LetterKind, letterInput: LetterInput) {
  count += 1;
  const file = path.join(folder, `${kind}-${count}.docx`);
  writeFileSync(file, await Packer.toBuffer(buildLetter(kind, letterInput)));
  return { file, text: docxText(file), parts: docxParts(file) };
}

function expectAll(text: string, expected: readonly string[]) {
  for (const part of expected) expect(text).toContain(part);
}

/** The head, addressee, date, reference, greeting and signature every letter to the Okafors has. */
function expectFrame(text: string, signer: readonly string[], date = '12 January 2027') {
  expectAll(text, [
    'Shire County Council Fostering Service',
    'County Hall\nShire Street\nShiretown SH1 1AA',
    'Telephone: 01234 567890',
    'Email: fostering@shire.example.gov.uk',
    `\n${date}\n`,
    'Grace Okafor\nDaniel Okafor\n12 Elm Road\nMarket Town\nMT2 3BB',
    'Our reference: FC-2026-014',
    'Dear Grace Okafor and Daniel Okafor,',
    'Yours sincerely',
    ...signer,
  ]);
}

/** Nothing in the file can be followed or run: no hyperlinks, fields or external relationships. */
function expectInert(parts: Record<string, string>) {
  for (const [name, xml] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const markup = xml.replace(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g, '');
    expect(markup, name).not.toMatch(/w:hyperlink|HYPERLINK|w:fldSimple|w:instrText|w:fldChar|TargetMode="External"/);
  }
}

const ADM = ['Priya Shah', 'Agency Decision Maker'];

describe('decision letters as Word documents', () => {
  it('approval: the decision, readable terms, approval date, the agreement to follow and the first review', async () => {
    const { text, parts } = await saved('letter-approval', input(onCase(decisionCase())));
    expectFrame(text, ADM);
    expectAll(text, [
      'Your approval as foster carers',
      'recommended: Suitable to be approved',
      'I have decided to approve you as foster carers',
      'Your approval date is 8 January 2027.',
      'Types of care: Short-term, Respite or short break',
      'Number of children: 2',
      'Age range: aged 0 to 10',
      'Gender: Any',
      'Sibling group: Yes',
      'Your foster care agreement will follow',
      'Your first review will go to the fostering panel and is due by 7 January 2028.',
    ]);
    // A mainstream household's letter names no child.
    expect(text).not.toContain('Named children');
    // The logo is embedded from the settings' data URL.
    expect(Object.keys(parts).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(parts['word/document.xml']).toContain('<pic:pic');
    expectInert(parts);
  });

  it('approval of a connected person names the child from the terms and writes to one applicant', async () => {
    const { text } = await saved('letter-approval', input(onCase(connectedPersonCase())));
    expectAll(text, [
      'Dear Maureen Smith,',
      'Your approval as a foster carer',
      'I have decided to approve you as a foster carer',
      'Named children: JS',
      'Our reference: KC-2026-007',
    ]);
  });

  it('qualifying determination: proposal, reasons, 28 days to the window end, one route not both, and what happens if nothing comes', async () => {
    const { text, parts } = await saved('letter-qualifying-determination', input(onCase(qualifyingCase())));
    // The printed date is the one recorded on the case, from which the window runs.
    expectFrame(text, ADM, '11 January 2027');
    expect(text).not.toContain('12 January 2027');
    expectAll(text, [
      'Our proposal not to approve your application',
      'I propose not to approve you as foster carers.',
      NOT_APPROVE_REASONS,
      'qualifying determination',
      'You have 28 days from the date of this letter, that is until 8 February 2027,',
      'Make written representations to us.',
      'apply to the Independent Review Mechanism (IRM)',
      'You can choose one of these, not both.',
      'by 8 February 2027, I will then make the final decision. This proposal does not take effect by itself',
      'Independent Review Mechanism (test details)',
      'Telephone: 0113 496 0000',
      'Website: irm.example.org.uk',
    ]);
    expect(text).not.toContain('stand and take effect');
    expectInert(parts);
  });

  it('final decision after the IRM: the IRM recommendation, the panel’s, the decision and reasons', async () => {
    const { text } = await saved('letter-final-decision', input(onCase(finalCaseAfterIrm())));
    expectFrame(text, ADM);
    expectAll(text, [
      'Our final decision',
      'On 11 January 2027 we wrote to tell you that I proposed not to approve you as foster carers.',
      'You applied to the Independent Review Mechanism (IRM)',
      'recommendation on 1 March 2027',
      IRM_TEXT,
      'the fostering panel’s recommendation, the Independent Review Mechanism’s recommendation',
      'My final decision, made on 5 March 2027, is not to approve you as foster carers.',
      FINAL_REASONS,
    ]);
  });

  it('final decision after representations: the panel that heard them and its recommendation', async () => {
    const view = terminationCase();
    const { text } = await saved('letter-final-decision', input(onCase(view)));
    expectAll(text, [
      'You made written representations to us. The fostering panel considered them on Tuesday 2 February 2027 and recommended:',
      'The original recommendation stands.',
      'your representations and the panel’s recommendation on them',
      'is to end (terminate) your approval as foster carers',
    ]);
    expect(text).not.toContain('Independent Review Mechanism (IRM)');
  });

  it('final decision: a decision final from the start (not to terminate) has its letter too', async () => {
    const view = decisionCase({
      itemType: 'termination',
      typeLabel: 'Termination of approval',
      case: {
        decision: {
          verdict: 'agree',
          code: 'do_not_terminate',
          label: 'Do not terminate approval',
          terms: null,
          reasons: 'Standards have improved since the review.',
          decidedOn: DECIDED_ON,
          decidedByName: 'Priya Shah',
          carerAgreed: false,
        },
      },
    });
    expect(letterProblem('letter-final-decision', input(onCase(view)))).toBeNull();
    const { text } = await saved('letter-final-decision', input(onCase(view)));
    expectAll(text, ['My decision, made on 8 January 2027', 'Standards have improved since the review.']);
    expect(text).not.toContain('We did not receive written representations');
  });

  it('termination: the decision, the reasons and the date approval ends', async () => {
    const { text } = await saved('letter-termination', input(onCase(terminationCase())));
    expectFrame(text, ADM);
    expectAll(text, [
      'The end of your approval as foster carers',
      'I have decided to end (terminate) your approval as foster carers. I made this decision on 5 February 2027.',
      TERMINATION_REASONS,
      'Your approval ends on 20 March 2027.',
    ]);
    expect(APPROVAL_ENDS).toBe('2027-03-20');
  });

  it('resignation: the notice received and approval ending 28 days later', async () => {
    const { text } = await saved(
      'letter-resignation',
      input(
        { kind: 'resignation', view: resignationView() },
        { signatory: { name: 'Tom Minutes', role: 'Panel administrator' } },
      ),
    );
    expectFrame(text, ['Tom Minutes', 'Panel administrator']);
    expectAll(text, [
      'Your resignation as foster carers',
      'We received your written notice on 4 January 2027.',
      'Your approval will end on 1 February 2027, 28 days after we received your notice.',
    ]);
    const unsigned = await saved('letter-resignation', input({ kind: 'resignation', view: resignationView() }));
    expect(unsigned.text).toContain('For Shire County Council Fostering Service');
  });

  it('review outcome: approval continues on the revised terms, in effect now as the carers agreed', async () => {
    const { text } = await saved('letter-review-outcome', input(onCase(reviewCase())));
    expectFrame(text, ADM);
    expectAll(text, [
      'The outcome of your review',
      'recommended: Remains suitable; terms revised',
      'your approval as foster carers continues',
      'Your terms of approval have been revised. They are now:',
      'Types of care: Long-term',
      'Number of children: 1',
      'Age range: aged 5 to 12',
      'As you agreed to this change in writing, it takes effect straight away.',
    ]);
  });

  it('extension: the new end date, the panel’s views, the nominated officer’s approval and the IRO told', async () => {
    const { text } = await saved('letter-extension', input({ kind: 'extension', view: extensionView() }));
    expectAll(text, [
      'Dear Maureen Smith,',
      'Our reference: KC-2026-011',
      'The extension of your temporary approval',
      'began on 2 March 2026 and was due to end on 21 June 2026',
      'We sought the fostering panel’s views',
      PANEL_VIEWS,
      'I approved the extension as the nominated officer on 10 June 2026.',
      'Your temporary approval now ends on 16 August 2026.',
      'independent reviewing officer (IRO) was told of the extension on 11 June 2026.',
      'Alan Brooks\nNominated officer',
    ]);
  });

  it('ADM decision record: item, reference, sitting, the panel’s recommendation, disagreement, decision, reasons and a qualifying determination', async () => {
    const { text } = await saved('letter-decision-record', input(onCase(finalCaseAfterIrm())));
    expectAll(text, [
      'Shire County Council Fostering Service',
      'Agency decision maker’s decision record',
      'Date of this record: 12 January 2027',
      'Household reference: FC-2026-014',
      'Applicants: Grace Okafor and Daniel Okafor',
      'Item: 1. Approval (mainstream)',
      'Panel sitting: Tuesday 5 January 2027',
      'Recommendation: Suitable to be approved',
      'The applicants showed warmth, stability',
      'Agree or disagree: I do not agree with the panel’s recommendation.',
      'Decision: Not approve (qualifying determination)',
      NOT_APPROVE_REASONS,
      'Date of decision: 8 January 2027',
      'Decided by: Priya Shah, Agency Decision Maker',
      'Qualifying determination: This is a qualifying determination.',
      '28-day window ends: 8 February 2027',
      'Independent Review Mechanism recommendation',
      IRM_TEXT,
      'Final decision',
      FINAL_REASONS,
    ]);
    const agreed = await saved('letter-decision-record', input(onCase(decisionCase())));
    expectAll(agreed.text, [
      'Agree or disagree: I agree with the panel’s recommendation.',
      'Decision: Approve as a foster carer',
      'Types of care: Short-term, Respite or short break',
      'Qualifying determination: This is not a qualifying determination.',
    ]);
  });

  it('keeps user text literal: markup escaped, control characters dropped, nothing becomes a link or field', async () => {
    const awkward = 'Worries <b>about</b> safety & "care"\u0007 see HYPERLINK "https://evil.example" {PAGE}';
    const decision = qualifyingCase().case.decision;
    if (!decision) throw new Error('The qualifying case has a decision');
    const view = {
      ...qualifyingCase({ decision: { ...decision, reasons: awkward } }),
      household: household({ applicantNames: ['A & B <Jones>'], address: 'Flat 1 <Top>\n1 Road & Lane' }),
    };
    const { text, parts } = await saved(
      'letter-qualifying-determination',
      input(onCase(view), {
        agency: agency({ email: 'fostering@shire.example.gov.uk', address: 'Hall <1> & "2"' }),
      }),
    );
    expectAll(text, [
      'Worries <b>about</b> safety & "care" see HYPERLINK "https://evil.example" {PAGE}',
      'Dear A & B <Jones>,',
      'Flat 1 <Top>\n1 Road & Lane',
      'Hall <1> & "2"',
    ]);
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain('Worries &lt;b&gt;about&lt;/b&gt; safety &amp;');
    expect(xml).not.toContain('\u0007');
    expectInert(parts);
  });

  it('leaves out contact lines and the logo when the settings have none, and any logo that is not a real image', async () => {
    const plain = await saved(
      'letter-approval',
      input(onCase(decisionCase()), { agency: agency({ address: '', phone: '', email: '', logoDataUrl: '' }) }),
    );
    expect(plain.text).not.toContain('Telephone:');
    expect(plain.text).not.toContain('Email:');
    expect(Object.keys(plain.parts).some((name) => name.startsWith('word/media/'))).toBe(false);

    const fake = `data:image/png;base64,${Buffer.from('not really a picture').toString('base64')}`;
    const faked = await saved(
      'letter-approval',
      input(onCase(decisionCase()), { agency: agency({ logoDataUrl: fake }) }),
    );
    expect(Object.keys(faked.parts).some((name) => name.startsWith('word/media/'))).toBe(false);
  });

  it('decodes the logo without Node and reads its size', () => {
    const base64 = LOGO_PNG.split(',')[1] ?? '';
    expect(Buffer.from(decodeBase64(base64))).toEqual(Buffer.from(base64, 'base64'));
    for (const sample of ['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg==', Buffer.from([0, 255, 128, 7, 63]).toString('base64')]) {
      expect(Buffer.from(decodeBase64(sample))).toEqual(Buffer.from(sample, 'base64'));
    }
    expect(readLogo(LOGO_PNG)).toMatchObject({ type: 'png', width: 1, height: 1 });
    // A minimal JPEG: APP0 segment, then a baseline frame 64 wide and 32 high.
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
      0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11,
      0x01, 0xff, 0xd9,
    ]);
    expect(readLogo(`data:image/jpeg;base64,${jpeg.toString('base64')}`)).toMatchObject({
      type: 'jpg',
      width: 64,
      height: 32,
    });
    expect(readLogo('data:image/gif;base64,R0lGOD')).toBeNull();
  });

  it('says what is missing instead of building a letter the record cannot support', () => {
    expect(
      letterProblem(
        'letter-qualifying-determination',
        input(onCase(qualifyingCase({ letterDate: null, windowEnds: null }))),
      ),
    ).toMatch(/date of the letter/);
    expect(letterProblem('letter-final-decision', input(onCase(qualifyingCase())))).toMatch(
      /final decision has not been made/,
    );
    expect(letterProblem('letter-extension', input({ kind: 'extension', view: extensionView(false) }))).toMatch(
      /not been approved/,
    );
    expect(letterProblem('letter-extension', input(onCase(decisionCase())))).toMatch(/temporary approval extension/);
    expect(letterProblem('letter-approval', input(onCase(qualifyingCase())))).toMatch(/not to approve/);
    expect(letterProblem('letter-approval', input(onCase(decisionCase({ case: { decision: null } }))))).toMatch(
      /has not made a decision/,
    );
    expect(letterProblem('letter-approval', input(onCase(decisionCase())))).toBeNull();
    expect(LETTER_KINDS).toHaveLength(9);
  });

  it.skipIf(!hasOffice())(
    'opens in a real word processor: LibreOffice converts the qualifying determination letter to PDF',
    async () => {
      const { file } = await saved('letter-qualifying-determination', input(onCase(qualifyingCase())));
      const text = pdfPagesOf(file).join('\n').replace(/\s+/g, ' ');
      expectAll(text, [
        'Shire County Council Fostering Service',
        '11 January 2027',
        'Dear Grace Okafor and Daniel Okafor,',
        'until 8 February 2027',
        'You can choose one of these, not both.',
        'Priya Shah',
      ]);
    },
    OFFICE_TIMEOUT_MS,
  );
});

function hasOffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice && command -v pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
