import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../shared/contract/documents';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import { buildLetter, type LetterSubject } from '../../shared/documents/letters';
import type { LetterHousehold } from '../../shared/schemas/decision';
import {
  agency,
  decisionCase,
  exemptionCase,
  extensionView,
  finalCaseAfterIrm,
  household,
  qualifyingCase,
  resignationView,
  reviewCase,
  terminationCase,
} from '../factories/letter-views';
import { OFFICE_TIMEOUT_MS } from '../factories/office';
import { linesWithin, pdfWordsOfEach, type PdfWord } from '../factories/pdf-words';

/**
 * Every letter to a household, opened in LibreOffice: the address block on
 * separate lines inside the window of a DL or C5 envelope (from 20 mm to 110 mm
 * across, 45 mm to 92 mm down an A4 page folded in three), the postcode on its
 * own line, and the greeting from titles and surnames.
 */

/** The decision record is for the file, not posted: it has no addressee and no greeting. */
const LETTERS = LETTER_KINDS.filter((kind) => kind !== 'letter-decision-record');

/** Typed on one line, with commas, as people do: the letter still prints it line by line. */
const ADDRESS = '12 Elm Road, Market Town MT2 3BB';
const ADDRESS_LINES = ['12 Elm Road', 'Market Town', 'MT2 3BB'];

function subjectFor(kind: LetterKind, who: LetterHousehold): LetterSubject {
  const onCase = (view: ReturnType<typeof decisionCase>): LetterSubject => ({
    kind: 'case',
    view: { ...view, household: { ...view.household, ...who } },
  });
  switch (kind) {
    case 'letter-qualifying-determination':
      return onCase(qualifyingCase());
    case 'letter-final-decision':
      return onCase(finalCaseAfterIrm());
    case 'letter-termination':
      return onCase(terminationCase());
    case 'letter-review-outcome':
      return onCase(reviewCase());
    case 'letter-exemption':
      return onCase(exemptionCase());
    case 'letter-extension':
      return { kind: 'extension', view: { ...extensionView(), household: who } };
    case 'letter-resignation':
      return { kind: 'resignation', view: { ...resignationView(), household: who } };
    default:
      return onCase(decisionCase());
  }
}

const HOUSEHOLDS = {
  'same surname': {
    household: household({
      applicantNames: ['Sam Rahman', 'Alex Rahman'],
      applicantTitles: ['Mr', 'Mrs'],
      address: ADDRESS,
    }),
    names: ['Mr Sam Rahman', 'Mrs Alex Rahman'],
    greeting: 'Dear Mr and Mrs Rahman,',
  },
  'different surnames': {
    household: household({
      applicantNames: ['Sam Rahman', 'Alex Jones'],
      applicantTitles: ['Mr', 'Ms'],
      address: ADDRESS,
    }),
    names: ['Mr Sam Rahman', 'Ms Alex Jones'],
    greeting: 'Dear Mr Rahman and Ms Jones,',
  },
  'their own form of address': {
    household: household({
      applicantNames: ['Sam Rahman', 'Alex Rahman'],
      applicantTitles: ['Dr', null],
      formOfAddress: 'Sam and Alex',
      address: ADDRESS,
    }),
    names: ['Dr Sam Rahman', 'Alex Rahman'],
    greeting: 'Dear Sam and Alex,',
  },
  'no title recorded': {
    household: household({ applicantNames: ['Sam Rahman'], applicantTitles: [], address: ADDRESS }),
    names: ['Sam Rahman'],
    greeting: 'Dear Sam Rahman,',
  },
} as const;

type Case = keyof typeof HOUSEHOLDS;

/** Millimetres: where the window of a DL or C5 envelope shows an A4 letter folded in three. */
const WINDOW = { left: 20, right: 110, top: 45, bottom: 92 };

describe('letters in LibreOffice: the address in the window, line by line, and the greeting', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'panel-addressing-'));
  const made: { kind: LetterKind; who: Case; words: PdfWord[] }[] = [];
  beforeAll(async () => {
    const planned: { kind: LetterKind; who: Case; file: string }[] = [];
    for (const kind of LETTERS) {
      // Every kind for the commonest case; the other greetings on two kinds each.
      const cases: Case[] =
        kind === 'letter-approval' || kind === 'letter-resignation'
          ? (Object.keys(HOUSEHOLDS) as Case[])
          : ['same surname'];
      for (const who of cases) {
        const file = path.join(folder, `${kind}-${who.replace(/ /g, '-')}.docx`);
        const document = buildLetter(kind, {
          agency: agency(),
          letterDate: '2027-01-12',
          subject: subjectFor(kind, HOUSEHOLDS[who].household),
          signatory: { name: 'Jo Admin', role: 'Panel administrator' },
        });
        writeFileSync(file, await Packer.toBuffer(document));
        planned.push({ kind, who, file });
      }
    }
    const words = pdfWordsOfEach(planned.map((p) => p.file));
    planned.forEach((p, index) => made.push({ kind: p.kind, who: p.who, words: words[index] ?? [] }));
  }, OFFICE_TIMEOUT_MS * 3);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('makes every letter kind', () => {
    expect(new Set(made.map((m) => m.kind))).toEqual(new Set(LETTERS));
  });

  it('prints each applicant and each line of the address on its own line, inside the envelope window', () => {
    for (const { kind, who, words } of made) {
      const block = linesWithin(words, WINDOW).map((line) => line.text);
      expect(block, `${kind}, ${who}`).toEqual([...HOUSEHOLDS[who].names, ...ADDRESS_LINES]);
    }
  });

  it('puts nothing else in the window: the letterhead sits beside it, the letter below it', () => {
    for (const { kind, who, words } of made) {
      // Any word that starts left of the window's right edge, from the page's edge: only the address.
      const starting = words.filter((w) => w.left < WINDOW.right - 0.5).map((w) => ({ ...w, right: 0 }));
      const left = linesWithin(starting, { top: WINDOW.top, bottom: WINDOW.bottom }).map((line) => line.text);
      expect(left, `${kind}, ${who}`).toEqual([...HOUSEHOLDS[who].names, ...ADDRESS_LINES]);
      const letterhead = linesWithin(words, { top: 0, bottom: WINDOW.bottom, left: WINDOW.right });
      expect(letterhead.map((l) => l.text).join(' '), kind).toContain(
        'Shire County Council Fostering Service County Hall Shire Street Shiretown SH1 1AA Telephone: 01234 567890',
      );
    }
  });

  it('greets the applicants by title and surname, or as they asked', () => {
    for (const { kind, who, words } of made) {
      const greeting = linesWithin(words, {}).find((line) => line.text.startsWith('Dear '));
      expect(greeting?.text, `${kind}, ${who}`).toBe(HOUSEHOLDS[who].greeting);
      expect(greeting?.top ?? 0, kind).toBeGreaterThan(WINDOW.bottom - 10);
    }
  });
});
