import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer, type Document } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLetter, type LetterInput } from '../../shared/documents/letters';
import { buildFinalMinutesDocument } from '../../shared/documents/minutes-document';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import { DecisionCaseView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { agency, decisionCase, IRM_CONTACT, TERMS } from '../factories/letter-views';
import { openMinutedSitting } from '../factories/minuted-sitting';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(32);
const folder = mkdtempSync(path.join(tmpdir(), 'panel-regulatory-letters-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** pdftotext lays text out as on the page: compare with every run of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
let count = 0;
/** The document as LibreOffice reads it. */
async function officeText(document: Document): Promise<string> {
  count += 1;
  const file = path.join(folder, `document-${count}.docx`);
  writeFileSync(file, await Packer.toBuffer(document));
  return flat(pdfPagesOf(file).join('\n'));
}
const caseInput = (view: DecisionCaseView): LetterInput => ({
  agency: agency(),
  letterDate: '2026-11-24',
  subject: { kind: 'case', view },
});
const letterText = (kind: LetterKind, view: DecisionCaseView) => officeText(buildLetter(kind, caseInput(view)));

describe('letters for a case that skipped panel name the service’s report, never a panel', () => {
  let panel: PanelSitting;
  let carers: Household;
  const refer = (itemType: string, outcome: string, reasons: string) =>
    panel.as<DecisionCaseView>('decisions:referDirect', {
      householdId: carers.id,
      itemType,
      reportDate: '2026-11-20',
      presentedBy: 'Sam Social',
      outcome,
      reasons,
      ...(itemType === 'other_review' ? { reviewKind: 'change_of_circumstances' } : {}),
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
  const decide = (view: DecisionCaseView) =>
    panel.as<DecisionCaseView>(
      'decisions:decide',
      { itemId: view.case.itemId, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
  afterAll(() => panel.backend.dispose());

  it(
    'the qualifying determination letter encloses the service’s report and recommendation instead',
    async () => {
      panel = await openPanelSitting();
      panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
      carers = await panel.approvedCarers('Mr and Mrs Kindly');
      await panel.as('settings:update', {
        version: await settingsVersion(panel.as),
        directToAdm: ['termination', 'other_review'],
        irmContact: IRM_CONTACT,
      });
      let view = await decide(await refer('termination', 'terminate', 'Safer caring agreement broken twice.'));
      view = await panel.as('decisions:recordLetterDate', {
        itemId: view.case.itemId,
        version: view.case.version,
        letterDate: '2026-11-23',
      });
      const text = await letterText('letter-qualifying-determination', view);
      for (const expected of [
        'I have considered the fostering service’s report and its recommendation and all the papers. I propose to end (terminate) your approval',
        'The fostering service’s report',
        'Your case was not considered by a fostering panel. Under the service’s procedure, cases of this kind are decided without a panel, on the fostering service’s report.',
        'The report of 20 November 2026, written by Sam Social, recommended: Terminate approval',
        'Its reasons: Safer caring agreement broken twice.',
        'You can choose one of these, not both.',
        IRM_CONTACT.name,
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toMatch(/panel met|panel’s recommendation|considered by the (fostering )?panel/);

      const review = await decide(await refer('other_review', 'continue', 'The household continues to meet needs.'));
      const outcome = await letterText('letter-review-outcome', review);
      expect(outcome).toContain(
        'I have considered the fostering service’s report and its recommendation and the papers, and I have decided that your approval as foster carers continues.',
      );
      expect(outcome).toContain('Your case was put to me on the fostering service’s report of 20 November 2026');
      expect(outcome).not.toMatch(/panel’s recommendation|panel met/);
    },
    OFFICE_TIMEOUT_MS,
  );

  it(
    'the approval letter for an approval already sent straight to the ADM names the report',
    async () => {
      const heard = decisionCase();
      const view = DecisionCaseView.parse({
        ...heard,
        case: { ...heard.case, withoutPanel: true },
        sitting: null,
        minutesItem: null,
        approval: null,
        directReferral: {
          reportDate: '2027-01-04',
          presentedBy: 'Sam Social',
          outcome: 'suitable',
          outcomeLabel: 'Suitable to be approved',
          terms: TERMS,
          reasons: 'A thorough assessment.',
          referredByName: 'Tom Admin',
          referredAt: '2027-01-04T10:00:00.000Z',
        },
      });
      const text = await letterText('letter-approval', view);
      expect(text).toContain(
        'I have considered the fostering service’s report and its recommendation and all the papers, and I am very pleased to tell you that I have decided to approve you',
      );
      expect(text).not.toMatch(/panel’s recommendation|panel met/);
    },
    OFFICE_TIMEOUT_MS,
  );
});

describe('the final decision after an IRM recommendation', () => {
  it(
    'says the ADM considered the IRM panel’s recommendation and why the decision departs from it',
    async () => {
      const minuted = await openMinutedSitting();
      try {
        const { as } = minuted.panel;
        const itemId = minuted.items.terminationItem;
        await as('settings:update', { version: await settingsVersion(as), irmContact: IRM_CONTACT });
        let view = await as<DecisionCaseView>('decisions:get', { itemId }, ADM);
        view = await as(
          'decisions:decide',
          { itemId, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
          ADM,
        );
        view = await as('decisions:recordLetterDate', { itemId, version: view.case.version, letterDate: '2026-11-23' });
        view = await as('decisions:recordRoute', {
          itemId,
          version: view.case.version,
          route: 'irm',
          receivedOn: '2026-11-23',
        });
        view = await as('decisions:recordIrmRecommendation', {
          itemId,
          version: view.case.version,
          recommendation: 'The IRM panel recommends that approval continues with extra support.',
          receivedOn: '2026-11-23',
        });
        view = await as(
          'decisions:finalise',
          {
            itemId,
            version: view.case.version,
            decisionCode: 'terminate',
            reasons: 'The standard of care has not improved.',
            decidedOn: '2026-11-23',
            irmConsidered: true,
            irmDeparts: true,
            irmDepartureReasons: 'The IRM panel did not have the latest unannounced visit report.',
          },
          ADM,
        );
        expect(view.case.letters).toContain('letter-final-decision');
        const letter = await letterText('letter-final-decision', view);
        expect(letter).toContain('The IRM panel recommends that approval continues with extra support.');
        expect(letter).toContain(
          'I have considered the IRM panel’s recommendation, and my final decision departs from it. My reasons for departing from its recommendation are: The IRM panel did not have the latest unannounced visit report.',
        );
        const record = await letterText('letter-decision-record', view);
        expect(record).toContain('IRM panel’s recommendation: Considered; the final decision departs from it');
        expect(record).toContain(
          'Why the final decision departs from the IRM panel’s recommendation The IRM panel did not have the latest unannounced visit report.',
        );
      } finally {
        minuted.panel.backend.dispose();
      }
    },
    OFFICE_TIMEOUT_MS,
  );
});

describe('the minutes’ approval line', () => {
  it(
    'names who approved them and in what capacity: a vice chair presiding is not called the chair',
    async () => {
      const panel = await openPanelSitting();
      const VICE = windowSender(42);
      try {
        const { as, ids } = panel;
        panel.userFor(ids.vice, 'David Okafor', ['chair'], VICE, 'vice-user');
        let sitting = await as<SittingDetail>('sittings:get', { id: panel.sitting.id });
        await as('sittings:setRoles', { sittingId: sitting.id, version: sitting.version, presiderId: ids.vice });
        await as('recommendations:record', panel.approval(), VICE);
        await as('recommendations:record', panel.resignationNoted(), VICE);
        sitting = await panel.markHeld();
        let view = await as<MinutesView>('minutes:save', { sittingId: sitting.id, version: 0, notes: { items: {} } });
        view = await as<MinutesView>(
          'minutes:approve',
          { sittingId: sitting.id, versionNumber: view.versions[0]?.number },
          VICE,
        );
        expect(view.approval).toMatchObject({ byName: 'David Okafor', capacity: 'vice_chair' });
        if (!view.approvedContent || !view.approval) throw new Error('The minutes were not approved');
        const text = await officeText(buildFinalMinutesDocument(view.approvedContent, view.approval, view.referrals));
        expect(text).toMatch(/Approved by David Okafor, vice chair \(presiding\), on \d{1,2} [A-Z][a-z]+ \d{4}\./);
        expect(text).not.toContain('David Okafor, chair');
      } finally {
        panel.backend.dispose();
      }
    },
    OFFICE_TIMEOUT_MS,
  );
});
