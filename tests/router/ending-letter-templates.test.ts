import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Packer } from 'docx';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedDocument } from '../../shared/contract/documents';
import { buildLetter, type LetterSubject, type Signatory } from '../../shared/documents/letters';
import { flatten, paragraphsOf } from '../../shared/documents/templates/docx-plain-text';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import { ROLE_LABELS } from '../../shared/contract/roles';
import type { DecisionCaseView, HouseholdResignation, ResignationView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { AppSettings } from '../../shared/schemas/settings';
import { movableClock } from '../factories/clock';
import { IRM_CONTACT } from '../factories/letter-views';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(32);
const DAY = 24 * 60 * 60 * 1000;
const CONDITIONS = 'Only while AB, CD and EF stay together; reviewed at the carers’ next annual review.';
/** Whoever sends the resignation acknowledgement signs it: the test's window user, an administrator. */
const SENDER = { name: 'Tester 1', role: ROLE_LABELS.administrator };

/** One letter issued through `documents:issue` from its built-in template, and the code-built letter from the same record. */
interface Issued {
  kind: LetterKind;
  saved: SavedDocument;
  codeFile: string;
  /** The code-built letter's paragraphs from the greeting on, as typed. */
  codeBody: string[];
  /** What LibreOffice shows of each, white space run together. */
  templated: string;
  templatedPages: string[];
  code: string;
}

const folder = mkdtempSync(path.join(tmpdir(), 'panel-letter-templates-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * The termination, resignation, review outcome and exemption letters made
 * through the router from their built-in Word templates, opened in
 * LibreOffice beside the code-built letter from the same record: the same
 * facts, plus the templated header and footer.
 */
describe('decision letters made from their built-in templates', () => {
  let panel: PanelSitting;
  let carers: Household;
  const clock = movableClock();
  const issued = new Map<LetterKind, Issued>();
  const refusals = new Map<string, string | undefined>();
  const references = new Map<string, string>();

  const refer = (itemType: string, outcome: string, reasons: string, extra: Record<string, unknown> = {}) =>
    panel.as<DecisionCaseView>('decisions:referDirect', {
      householdId: (extra.householdId as string | undefined) ?? carers.id,
      itemType,
      reportDate: '2026-11-20',
      presentedBy: 'Sam Social',
      outcome,
      reasons,
      ...(itemType === 'other_review' ? { reviewKind: 'change_of_circumstances' } : {}),
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
      ...extra,
    });
  const decide = (view: DecisionCaseView, extra: Record<string, unknown> = {}) =>
    panel.as<DecisionCaseView>(
      'decisions:decide',
      { itemId: view.case.itemId, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23', ...extra },
      ADM,
    );
  const refused = async (what: string, kind: LetterKind, subjectId: string) =>
    refusals.set(what, (await panel.refused('documents:issue', { kind, subjectId }))?.message);

  /** Issues the letter and builds the code-built one from the record as main reads it. */
  async function issue(
    kind: LetterKind,
    subjectId: string,
    subject: LetterSubject,
    signatory: Signatory | null = null,
  ) {
    const saved = await panel.as<SavedDocument>('documents:issue', { kind, subjectId });
    const settings = await panel.as<AppSettings>('settings:get', {});
    const agency = {
      agencyName: settings.agencyName,
      agencyContact: settings.agencyContact,
      irmContact: settings.irmContact,
    };
    const letterDate = clock.today();
    const bytes = await Packer.toBuffer(buildLetter(kind, { agency, letterDate, subject, signatory }));
    const codeFile = path.join(folder, `${kind}-code.docx`);
    writeFileSync(codeFile, bytes);
    const paragraphs = paragraphsOf(new PizZip(bytes).file('word/document.xml')?.asText() ?? '').map(flatten);
    const codeBody = paragraphs.slice(paragraphs.findIndex((p) => p.startsWith('Dear '))).filter((p) => p !== '');
    issued.set(kind, { kind, saved, codeFile, codeBody, templated: '', templatedPages: [], code: '' });
  }

  beforeAll(async () => {
    panel = await openPanelSitting({ clock });
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
    carers = await panel.approvedCarers('Mr and Mrs Kindly');
    references.set('Mr and Mrs Kindly', carers.reference);
    await panel.as('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: ['termination', 'other_review', 'exemption'],
      irmContact: IRM_CONTACT,
    });

    // Termination: a qualifying determination, 28 days with nothing received, then the final decision.
    let termination = await decide(await refer('termination', 'terminate', 'Safer caring agreement broken twice.'), {});
    await refused('termination before the final decision', 'letter-termination', termination.case.itemId);
    termination = await panel.as('decisions:recordLetterDate', {
      itemId: termination.case.itemId,
      version: termination.case.version,
      letterDate: '2026-11-23',
    });
    clock.advance(29 * DAY);
    panel.wake();
    termination = await panel.as<DecisionCaseView>(
      'decisions:finalise',
      {
        itemId: termination.case.itemId,
        version: termination.case.version,
        decisionCode: 'terminate',
        reasons: 'Nothing was received within 28 days.\nThe determination stands.',
        decidedOn: '2026-12-22',
      },
      ADM,
    );
    await issue('letter-termination', termination.case.itemId, { kind: 'case', view: termination });

    // Review outcome: the service's report, approval continuing on the same terms (another household: the first's approval has ended).
    const steady = await panel.approvedCarers('Mr and Mrs Steady');
    references.set('Mr and Mrs Steady', steady.reference);
    const review = await decide(
      await refer('other_review', 'continue', 'The household continues to meet needs.', { householdId: steady.id }),
    );
    await issue('letter-review-outcome', review.case.itemId, { kind: 'case', view: review });

    // Exemption: the children and conditions the service recommended, granted as they stand.
    const exemption = await decide(
      await refer('exemption', 'recommend_exemption', 'Three brothers and sisters of a child already placed.', {
        householdId: steady.id,
        exemption: { children: ['AB', 'CD', 'EF'], conditions: CONDITIONS },
      }),
    );
    await issue('letter-exemption', exemption.case.itemId, { kind: 'case', view: exemption });

    // Resignation: refused for the panel's item before the notice is recorded, then made from the notice.
    await refused('resignation without a notice', 'letter-resignation', panel.sitting.items[1]?.id ?? '');
    const retiring = await panel.approvedCarers('Mr and Mrs Retiring');
    references.set('Mr and Mrs Retiring', retiring.reference);
    const notice = await panel.as<HouseholdResignation>('resignations:record', {
      householdId: retiring.id,
      noticeReceivedOn: '2026-12-10',
      reason: 'retirement',
    });
    const resignation = await panel.as<ResignationView>('resignations:notice', { id: notice.id });
    await issue('letter-resignation', notice.id, { kind: 'resignation', view: resignation }, SENDER);

    const letters = [...issued.values()];
    const pages = pdfPagesOfEach(letters.flatMap((letter) => [letter.saved.path, letter.codeFile]));
    letters.forEach((letter, index) => {
      letter.templatedPages = pages[index * 2] ?? [];
      letter.templated = flatten(letter.templatedPages.join('\n'));
      letter.code = flatten((pages[index * 2 + 1] ?? []).join('\n'));
    });
  }, OFFICE_TIMEOUT_MS * 2);
  afterAll(() => panel.backend.dispose());

  /** What every templated letter shows besides its facts: the header and the footer. */
  function expectFrame(letter: Issued, household = 'Mr and Mrs Kindly') {
    const first = flatten(letter.templatedPages[0] ?? '');
    const reference = references.get(household);
    expect(reference).toBeTruthy();
    expect(first).toContain('OFFICIAL-SENSITIVE');
    expect(first).toContain(`Reference: ${reference}`);
    expect(first).toMatch(/Page 1 of \d+ · Built-in template/);
    expect(letter.code).not.toContain('Built-in template');
  }

  /** Every paragraph of the code-built letter from the greeting on, in both as LibreOffice shows them. */
  function expectSameFacts(letter: Issued, facts: readonly string[]) {
    expect(letter.codeBody.length).toBeGreaterThan(5);
    for (const paragraph of [...letter.codeBody, ...facts]) {
      expect(letter.code, `code-built: ${paragraph}`).toContain(paragraph);
      expect(letter.templated, `templated: ${paragraph}`).toContain(paragraph);
    }
  }

  const letter = (kind: LetterKind) => {
    const made = issued.get(kind);
    if (!made) throw new Error(`${kind} was not issued`);
    return made;
  };

  it('termination: the route after the proposal, the decision, the reasons and the date approval ends', () => {
    const made = letter('letter-termination');
    expectFrame(made);
    expectSameFacts(made, [
      'The end of your approval as foster carers',
      'On 23 November 2026 we wrote to tell you that I proposed to end (terminate) your approval as foster carers.',
      'We did not receive written representations from you, or hear that you had applied to the Independent Review Mechanism by 21 December 2026.',
      'I have decided to end (terminate) your approval as foster carers. I made this decision on 22 December 2026.',
      'My reasons are: Nothing was received within 28 days. The determination stands.',
      'Your approval ends on 22 December 2026.',
      'Priya Shah',
      'Agency Decision Maker',
    ]);
    expect(refusals.get('termination before the final decision')).toBe(
      'This decision does not call for the termination letter.',
    );
  });

  it('resignation: the notice received and the date approval ends, signed by whoever sent it', () => {
    const made = letter('letter-resignation');
    expectFrame(made, 'Mr and Mrs Retiring');
    expectSameFacts(made, [
      'Your resignation as foster carers',
      'We received your written notice on 10 December 2026.',
      'Your approval will end on 7 January 2027, 28 days after we received your notice.',
      SENDER.name,
      SENDER.role,
    ]);
    expect(refusals.get('resignation without a notice')).toBe(
      'The resignation acknowledgement cannot be made yet. The date the notice was received has not been recorded yet.',
    );
  });

  it('review outcome: approval continues, on terms that stay the same', () => {
    const made = letter('letter-review-outcome');
    expectFrame(made, 'Mr and Mrs Steady');
    expectSameFacts(made, [
      'The outcome of your review',
      'Your case was put to me on the fostering service’s report of 20 November 2026',
      'I have considered the fostering service’s report and its recommendation and the papers, and I have decided that your approval as foster carers continues. I made this decision on 23 November 2026.',
      'Your terms of approval stay the same:',
      'Number of children:',
      'My reasons are:',
      'Priya Shah',
    ]);
    expect(made.templated).not.toContain('As you agreed to this change in writing');
  });

  it('exemption: the decision, the children it covers and its conditions', () => {
    const made = letter('letter-exemption');
    expectFrame(made, 'Mr and Mrs Steady');
    expectSameFacts(made, [
      'Your exemption from the usual fostering limit',
      'I have decided to grant you an exemption from the usual fostering limit of three children (Children Act 1989, Schedule 7). I made this decision on 23 November 2026.',
      'The exemption covers these 3 children: AB, CD and EF.',
      'The exemption is granted on these conditions:',
      CONDITIONS,
      'Priya Shah',
    ]);
  });
});
