import { Packer } from 'docx';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { buildLetter, letterProblem, LetterNotReadyError, type LetterAgency } from '../../../shared/documents/letters';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { flatten, paragraphsOf } from '../../../shared/documents/templates/docx-plain-text';
import { exampleData, statutoryNames } from '../../../shared/documents/templates/fields';
import { finalDecisionLetterData } from '../../../shared/documents/templates/final-decision-letter-fields';
import { qualifyingDeterminationLetterData } from '../../../shared/documents/templates/qualifying-determination-letter-fields';
import {
  documentText,
  missingStatutoryText,
  renderTemplate,
} from '../../../shared/documents/templates/render-template';
import { TEMPLATE_SCHEMAS } from '../../../shared/documents/templates/template-kinds';
import type { DecisionCaseView } from '../../../shared/schemas/decision';
import {
  agency,
  decisionCase,
  finalCaseAfterIrm,
  qualifyingCase,
  REVISED_TERMS,
  terminationCase,
} from '../../factories/letter-views';
import { builtInTemplate, editBody } from './template-edits';

const LETTER_DATE = '2027-03-06';
type Kind = 'letter-qualifying-determination' | 'letter-final-decision';

const dataFor = (kind: Kind, view: DecisionCaseView, letterAgency: LetterAgency = agency()) => {
  const context = {
    agency: letterAgency,
    marking: 'OFFICIAL-SENSITIVE',
    templateVersion: null,
    letterDate: LETTER_DATE,
  };
  return kind === 'letter-qualifying-determination'
    ? qualifyingDeterminationLetterData(view, context)
    : finalDecisionLetterData(view, context);
};

/** The code-built letter's paragraphs, as the reader sees them. */
async function codeBuiltParagraphs(kind: Kind, view: DecisionCaseView): Promise<string[]> {
  const bytes = await Packer.toBuffer(
    buildLetter(kind, { agency: agency(), letterDate: LETTER_DATE, subject: { kind: 'case', view } }),
  );
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  return paragraphsOf(xml)
    .map(flatten)
    .filter((text) => text !== '');
}

const proposalWithTerms = () => {
  const base = qualifyingCase();
  const decision = base.case.decision;
  if (!decision) throw new Error('The qualifying case has a decision');
  return qualifyingCase({
    decision: {
      ...decision,
      code: 'revise_terms',
      label: 'Revise terms (qualifying determination)',
      terms: REVISED_TERMS,
    },
  });
};

const finalFromStart = () =>
  decisionCase({
    itemType: 'termination',
    typeLabel: 'Termination of approval',
    case: {
      decision: {
        verdict: 'agree',
        code: 'do_not_terminate',
        label: 'Do not terminate approval',
        terms: null,
        reasons: 'Standards have improved since the review.',
        decidedOn: '2027-01-08',
        decidedByName: 'Priya Shah',
        carerAgreed: false,
      },
    },
  });

const CASES: Record<Kind, [string, () => DecisionCaseView][]> = {
  'letter-qualifying-determination': [
    ['a proposal not to approve', () => qualifyingCase()],
    ['a proposal that sets terms', proposalWithTerms],
  ],
  'letter-final-decision': [
    ['after the IRM', finalCaseAfterIrm],
    ['after representations', terminationCase],
    ['a decision final from the start', finalFromStart],
  ],
};

/** A flag the built-in letters already use, to wrap a statutory block in. */
const CONDITION = 'has_signatory';

describe.each(['letter-qualifying-determination', 'letter-final-decision'] as const)('the %s template', (kind) => {
  const schema = TEMPLATE_SCHEMAS[kind];
  const builtIn = builtInTemplate(kind);
  const check = (bytes: Uint8Array) => templateProblems('letter.docx', bytes, schema);

  it('is accepted as it is, and renders its examples with every statutory block shown', () => {
    expect(check(builtIn)).toEqual([]);
    const data = exampleData(schema);
    expect(missingStatutoryText(renderTemplate(builtIn, data), schema, data)).toEqual([]);
  });

  it.each(CASES[kind])('prints every paragraph of the code-built letter, %s', async (_, view) => {
    const data = dataFor(kind, view());
    const rendered = renderTemplate(builtIn, data);
    expect(missingStatutoryText(rendered, schema, data)).toEqual([]);
    const text = flatten(documentText(rendered));
    for (const paragraph of await codeBuiltParagraphs(kind, view())) expect(text).toContain(paragraph);
  });

  it('refuses a template without each statutory block, or with one inside a condition', () => {
    expect(statutoryNames(schema).length).toBeGreaterThanOrEqual(kind === 'letter-qualifying-determination' ? 4 : 3);
    for (const name of statutoryNames(schema)) {
      const removed = editBody(builtIn, (xml) => xml.replace(`{${name}}`, 'As we discussed.'));
      expect(check(removed).join(' '), name).toContain(
        `The statutory block {${name}} is missing. It holds wording the law requires`,
      );
      const hidden = editBody(builtIn, (xml) => xml.replace(`{${name}}`, `{#${CONDITION}}{${name}}{/${CONDITION}}`));
      expect(check(hidden).join(' '), name).toContain(
        `The statutory block {${name}} is inside the condition or loop {#${CONDITION}}. It must always print`,
      );
    }
  });

  it('refuses to make the letter exactly when the code-built letter is refused, in the same words', () => {
    const broken: DecisionCaseView[] = [
      qualifyingCase({ letterDate: null, windowEnds: null }),
      qualifyingCase({ decision: null }),
      qualifyingCase(),
      decisionCase(),
    ];
    const noIrm = { ...agency(), irmContact: { name: '', address: '', telephone: '', website: '' } };
    for (const [view, letterAgency] of [
      ...broken.map((v) => [v, agency()] as const),
      [qualifyingCase(), noIrm] as const,
    ]) {
      const problem = letterProblem(kind, {
        agency: letterAgency,
        letterDate: LETTER_DATE,
        subject: { kind: 'case', view },
      });
      const made = () => dataFor(kind, view, letterAgency);
      if (problem === null) expect(made).not.toThrow();
      else expect(made).toThrow(new LetterNotReadyError(problem));
    }
  });
});

describe('hostile text in the decision letters’ statutory blocks', () => {
  it('prints markup, braces, field codes and entities literally, and the blocks are still found', () => {
    const hostile = '<w:p/><w:fldSimple w:instr="HYPERLINK x"/> {agency_name} {#x}{/x} ]]> &amp; {@raw}\u0007';
    const base = qualifyingCase();
    const decision = base.case.decision;
    if (!decision) throw new Error('The qualifying case has a decision');
    const view = qualifyingCase({ decision: { ...decision, reasons: `${hostile}\nSecond line ${hostile}` } });
    const irm = { ...agency(), irmContact: { ...agency().irmContact, name: hostile } };
    for (const [kind, data] of [
      ['letter-qualifying-determination', dataFor('letter-qualifying-determination', view, irm)],
      ['letter-final-decision', dataFor('letter-final-decision', finalCaseAfterIrm(), irm)],
    ] as const) {
      const schema = TEMPLATE_SCHEMAS[kind];
      const bytes = renderTemplate(builtInTemplate(kind), data);
      const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
      expect(xml, kind).not.toMatch(/<w:fldSimple|<w:p\/>/);
      expect(xml, kind).not.toContain('\u0007');
      expect(missingStatutoryText(bytes, schema, data), kind).toEqual([]);
    }
    const text = documentText(
      renderTemplate(
        builtInTemplate('letter-qualifying-determination'),
        dataFor('letter-qualifying-determination', view, irm),
      ),
    );
    const literal = hostile.replace('\u0007', '');
    // Twice in the reasons, once among the IRM's details: exactly as typed, less the control character.
    expect(text.split(literal)).toHaveLength(4);
  });
});

describe('edited decision letter templates', () => {
  it('render a qualifying determination letter with new letterhead text, reordered paragraphs and a section removed', () => {
    const kind = 'letter-qualifying-determination';
    const schema = TEMPLATE_SCHEMAS[kind];
    const edited = editBody(builtInTemplate(kind), (xml) => {
      let x = xml.replace('{agency_name}', 'Children’s Services, {agency_name}');
      // The offer to talk moved above the rights, and the explanation of "qualifying determination" removed.
      const talk =
        /<w:p>(?:(?!<w:p>).)*?If you would like to talk about this letter(?:(?!<w:p>).)*?<\/w:p>/s.exec(x)?.[0] ?? '';
      x = x.replace(talk, '');
      const rights = x.lastIndexOf('<w:p>', x.indexOf('What you can do if you disagree'));
      x = `${x.slice(0, rights)}${talk}${x.slice(rights)}`;
      return x.replace(
        /<w:p>(?:(?!<w:p>).)*?This is a proposal, not yet a final decision\.(?:(?!<w:p>).)*?<\/w:p>/s,
        '',
      );
    });
    expect(templateProblems('letter.docx', edited, schema)).toEqual([]);
    const data = dataFor(kind, qualifyingCase());
    const rendered = renderTemplate(edited, data);
    const text = documentText(rendered);
    expect(text).toContain('Children’s Services, Shire County Council Fostering Service');
    expect(text.indexOf('If you would like to talk')).toBeLessThan(text.indexOf('What you can do if you disagree'));
    expect(text).not.toContain('This is a proposal, not yet a final decision.');
    expect(missingStatutoryText(rendered, schema, data)).toEqual([]);
    expect(flatten(text)).toContain('You can choose one of these, not both.');
  });

  it('render a final decision letter without the route section and with its closing reworded', () => {
    const kind = 'letter-final-decision';
    const schema = TEMPLATE_SCHEMAS[kind];
    const edited = editBody(builtInTemplate(kind), (xml) =>
      xml
        .replace('{agency_name}', '{agency_name} — Fostering Team')
        .replace(/<w:p>(?:(?!<w:p>).)*?\{#after_proposal\}.*?\{\/after_proposal\}(?:(?!<w:p>).)*?<\/w:p>/s, '')
        .replace('This is the agency’s final decision.', 'This decision is final.'),
    );
    expect(templateProblems('letter.docx', edited, schema)).toEqual([]);
    const data = dataFor(kind, finalCaseAfterIrm());
    const text = flatten(documentText(renderTemplate(edited, data)));
    expect(text).toContain('Shire County Council Fostering Service — Fostering Team');
    expect(text).not.toContain('You applied to the Independent Review Mechanism');
    expect(text).toContain('This decision is final.');
    expect(text).toContain('My final decision, made on 5 March 2027, is not to approve you as foster carers.');
  });
});
