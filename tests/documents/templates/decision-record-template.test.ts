import { describe, expect, it } from 'vitest';
import { buildLetter, LetterNotReadyError } from '../../../shared/documents/letters';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { DecisionRecordData, decisionRecordData } from '../../../shared/documents/templates/decision-record-fields';
import { exampleData } from '../../../shared/documents/templates/fields';
import {
  documentText,
  missingStatutoryText,
  renderTemplate,
} from '../../../shared/documents/templates/render-template';
import type { DecisionCaseView } from '../../../shared/schemas/decision';
import {
  agency,
  connectedPersonCase,
  decisionCase,
  finalCaseAfterIrm,
  qualifyingCase,
  reviewCase,
  terminationCase,
} from '../../factories/letter-views';
import { codeBuiltParagraphs, expectStatutoryBlocksGuarded, moveParagraphBefore } from './kind-checks';
import { builtInTemplate, editBody } from './template-edits';

const schema = DecisionRecordData;
const builtIn = builtInTemplate('letter-decision-record');
const RECORD_DATE = '2027-03-08';
const context = { agency: agency(), marking: 'OFFICIAL-SENSITIVE', templateVersion: null, recordDate: RECORD_DATE };
const DEPARTS = 'The IRM panel did not have the latest visit report.';

/** After the IRM, a final decision that departs from its recommendation, saying why. */
const departing = (): DecisionCaseView => {
  const view = finalCaseAfterIrm();
  return { ...view, case: { ...view.case, irmConsideration: { departs: true, departureReasons: DEPARTS } } };
};

/** Decided on the service's report without a panel. */
const withoutPanel = (): DecisionCaseView => ({
  ...decisionCase(),
  minutesItem: null,
  directReferral: {
    reportDate: '2027-01-04',
    presentedBy: 'Sam Worker',
    outcome: 'continue',
    outcomeLabel: 'Continue approval',
    terms: null,
    reasons: 'The carers continue to meet the standards.',
    referredByName: 'Sam Worker',
    referredAt: '2027-01-04T10:00:00.000Z',
  },
});

const CASES: [string, () => DecisionCaseView][] = [
  ['approval agreed', () => decisionCase()],
  ['qualifying determination', () => qualifyingCase()],
  ['final decision after the IRM', finalCaseAfterIrm],
  ['final decision departing from the IRM', departing],
  ['termination after representations', terminationCase],
  ['review', reviewCase],
  ['connected person', connectedPersonCase],
  ['without a panel', withoutPanel],
];

describe('the ADM decision record’s template', () => {
  it('passes the upload check as built in', () => {
    expect(templateProblems('record.docx', builtIn, schema)).toEqual([]);
  });

  it('refuses a template without the recommendation, verdict, decision, reasons or determination, or with one in a condition', () => {
    expectStatutoryBlocksGuarded(builtIn, schema, 'has_final_part');
  });

  for (const [what, view] of CASES) {
    it(`says everything the code-built record says, in the same order (${what})`, async () => {
      const data = decisionRecordData(view(), context);
      const bytes = renderTemplate(builtIn, data);
      const templated = documentText(bytes);
      const code = buildLetter('letter-decision-record', {
        agency: agency(),
        letterDate: RECORD_DATE,
        subject: { kind: 'case', view: view() },
      });
      let from = 0;
      for (const paragraph of await codeBuiltParagraphs(code)) {
        const at = templated.indexOf(paragraph, from);
        expect(at, paragraph).toBeGreaterThanOrEqual(0);
        from = at + paragraph.length;
      }
      expect(missingStatutoryText(bytes, schema, data)).toEqual([]);
    });
  }

  it('says why a final decision departs from the IRM panel’s recommendation', () => {
    const text = documentText(renderTemplate(builtIn, decisionRecordData(departing(), context)));
    expect(text).toContain('IRM panel’s recommendation: Considered; the final decision departs from it');
    expect(text).toContain(`Why the final decision departs from the IRM panel’s recommendation ${DEPARTS}`);
  });

  it('names the service’s report where there was no panel', () => {
    const text = documentText(renderTemplate(builtIn, decisionRecordData(withoutPanel(), context)));
    expect(text).toContain('Panel sitting: None: decided on the service’s report of 4 January 2027');
    expect(text).toContain('The fostering service’s recommendation Recommendation: Continue approval');
    expect(text).toContain('Report by: Sam Worker');
  });

  it('refuses, in the code-built record’s words, a case with no decision yet', () => {
    const view = decisionCase();
    const undecided = { ...view, case: { ...view.case, decision: null } };
    expect(() => decisionRecordData(undecided, context)).toThrow(LetterNotReadyError);
    expect(() => decisionRecordData(undecided, context)).toThrow(
      'The agency decision maker has not made a decision yet.',
    );
  });

  it('renders an edited template: new letterhead text, reordered paragraphs, the final part removed', () => {
    const edited = editBody(builtIn, (xml) =>
      moveParagraphBefore(
        xml.replace('{agency_name}', 'Children’s Services, {agency_name}'),
        '{applicants}',
        '{reference}',
      ).replace(/\{#has_final_part\}[\s\S]*\{\/has_final_part\}/, '{#has_final_part}{/has_final_part}'),
    );
    expect(templateProblems('record.docx', edited, schema)).toEqual([]);
    const data = decisionRecordData(finalCaseAfterIrm(), context);
    const bytes = renderTemplate(edited, data);
    const text = documentText(bytes);
    expect(text).toContain('Children’s Services, Shire County Council Fostering Service');
    expect(text.indexOf('Applicants:')).toBeLessThan(text.indexOf('Household reference:'));
    expect(text).not.toContain('After the qualifying determination');
    expect(missingStatutoryText(bytes, schema, data)).toEqual([]);
    expect(documentText(renderTemplate(builtIn, exampleData(schema)))).toContain('Agree or disagree');
  });
});
