import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage } from '../../shared/contract/documents';
import { buildLetter } from '../../shared/documents/letters';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { AppSettings } from '../../shared/schemas/settings';
import { testClock } from '../factories/clock';
import { openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';
import { windowSender } from '../factories/panel-sitting';

const ADM = windowSender(32);
const oneLine = (pages: readonly string[]) => pages.join('\n').replace(/\s+/g, ' ');

/**
 * The ADM decision record through documents:issue, made from the built-in
 * Word template and opened in LibreOffice beside the code-built record for the
 * same decision: the same facts, with the header and footer the template adds.
 */
describe('the ADM decision record from its Word template', () => {
  let minuted: MinutedSitting;
  let view: DecisionCaseView;
  let templated: string[];
  let codeBuilt: string;

  beforeAll(async () => {
    minuted = await openMinutedSitting();
    const { panel } = minuted;
    const itemId = minuted.items.terminationItem;
    const waiting = await panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    // Before the ADM decides, the decision does not call for a record.
    const refused = await panel.refused('documents:issue', { kind: 'letter-decision-record', subjectId: itemId });
    expect(refused?.message).toBe('This decision does not call for the ADM decision record.');
    view = await panel.as<DecisionCaseView>(
      'decisions:decide',
      {
        itemId,
        version: waiting.case.version,
        verdict: 'agree',
        decidedOn: '2026-11-23',
        reasons: 'Standards of care did not improve.\nThe support plan was not followed.',
      },
      ADM,
    );
    const issued = await panel.as<{ path: string }>('documents:issue', {
      kind: 'letter-decision-record',
      subjectId: itemId,
    });
    const settings = await panel.as<AppSettings>('settings:get', {});
    const codeFile = path.join(panel.backend.folder, 'record-code-built.docx');
    const record = buildLetter('letter-decision-record', {
      agency: settings,
      letterDate: testClock.today(),
      subject: { kind: 'case', view },
    });
    writeFileSync(codeFile, await Packer.toBuffer(record));
    const [fromTemplate, fromCode] = pdfPagesOfEach([issued.path, codeFile]);
    templated = fromTemplate ?? [];
    codeBuilt = oneLine(fromCode ?? []);
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => minuted.panel.backend.dispose());

  it('shows the same facts as the code-built record: the case, the recommendation, the decision and its reasons', () => {
    const text = oneLine(templated);
    const decision = view.case.decision;
    expect(decision).not.toBeNull();
    for (const fact of [
      'Shire County Council Fostering Service',
      'Agency decision maker’s decision record',
      `Household reference: ${view.household.reference}`,
      `Item: ${view.minutesItem?.number}. ${view.typeLabel}`,
      'Panel sitting: ',
      'The panel’s recommendation',
      'Recommendation: ',
      'Standards of care concerns were not resolved.',
      'Agree or disagree: I agree with the panel’s recommendation.',
      `Decision: ${decision?.label}`,
      'Standards of care did not improve. The support plan was not followed.',
      'Date of decision: 23 November 2026',
      'Decided by: Priya Shah, Agency Decision Maker',
      'Qualifying determination: This is a qualifying determination.',
      'It does not take effect by itself',
    ]) {
      expect(codeBuilt, fact).toContain(fact);
      expect(text, fact).toContain(fact);
    }
  });

  it('carries the marking and reference in the header, and the page and template in the footer', async () => {
    const first = oneLine(templated.slice(0, 1));
    expect(first).toContain('OFFICIAL-SENSITIVE');
    expect(first).toContain(`Reference: ${view.household.reference}`);
    expect(first).toContain(`Page 1 of ${templated.length}`);
    expect(first).toContain('Built-in template');
    const register = await minuted.panel.as<RegisterPage>('documents:register', {});
    expect(register.documents[0]).toMatchObject({ kind: 'letter-decision-record', template: 'Built-in template' });
  });
});
