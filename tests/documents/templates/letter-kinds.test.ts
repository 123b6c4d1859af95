import { Packer, type Document } from 'docx';
import PizZip from 'pizzip';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { exemptionLetter } from '../../../shared/documents/letters/exemption-letter';
import { resignationLetter } from '../../../shared/documents/letters/resignation-letter';
import { reviewOutcomeLetter } from '../../../shared/documents/letters/review-outcome-letter';
import { terminationLetter } from '../../../shared/documents/letters/termination-letter';
import { paragraphsOf, flatten } from '../../../shared/documents/templates/docx-plain-text';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { exampleData, statutoryNames } from '../../../shared/documents/templates/fields';
import {
  documentText,
  missingStatutoryText,
  renderTemplate,
} from '../../../shared/documents/templates/render-template';
import { TEMPLATE_SCHEMAS, type TemplatedKind } from '../../../shared/documents/templates/template-kinds';
import { exemptionLetterData } from '../../../shared/documents/templates/exemption-letter-fields';
import { resignationLetterData } from '../../../shared/documents/templates/resignation-letter-fields';
import { reviewOutcomeLetterData } from '../../../shared/documents/templates/review-outcome-letter-fields';
import { terminationLetterData } from '../../../shared/documents/templates/termination-letter-fields';
import { agency, exemptionCase, resignationView, reviewCase, terminationCase } from '../../factories/letter-views';
import { builtInTemplate, editBody } from './template-edits';

const LETTER_DATE = '2027-01-12';
const SIGNATORY = { name: 'Tom Minutes', role: 'Panel administrator' };
const context = { agency: agency(), marking: 'OFFICIAL-SENSITIVE', templateVersion: null, letterDate: LETTER_DATE };

interface LetterKindCase {
  kind: TemplatedKind;
  /** The template's data from a record, and the code-built letter from the same record. */
  data: () => Record<string, unknown>;
  built: () => Document;
  /** A paragraph of the template's own wording to move above a placeholder's, and one to remove. */
  move: [phrase: string, above: string];
  remove: string;
}

const CASES: LetterKindCase[] = [
  {
    kind: 'letter-termination',
    data: () => terminationLetterData(terminationCase(), context),
    built: () => terminationLetter(terminationCase(), agency(), LETTER_DATE),
    move: ['Your supervising social worker', '{termination_route}'],
    remove: 'Your supervising social worker',
  },
  {
    kind: 'letter-resignation',
    data: () => resignationLetterData(resignationView(), context, SIGNATORY),
    built: () => resignationLetter(resignationView(), agency(), LETTER_DATE, SIGNATORY),
    move: ['Your supervising social worker will be in touch', '{approval_ends}'],
    remove: 'We are very grateful',
  },
  {
    kind: 'letter-review-outcome',
    data: () => reviewOutcomeLetterData(reviewCase(), context),
    built: () => reviewOutcomeLetter(reviewCase(), agency(), LETTER_DATE),
    move: ['Thank you for the care you give', '{panel_sentence}'],
    remove: 'My reasons are:',
  },
  {
    kind: 'letter-exemption',
    data: () => exemptionLetterData(exemptionCase(), context),
    built: () => exemptionLetter(exemptionCase(), agency(), LETTER_DATE),
    move: ['If your circumstances change', '{exemption_decision}'],
    remove: 'My reasons are:',
  },
];

/** The whole `<w:p>` holding a phrase. */
const paragraphWith = (xml: string, phrase: string) => {
  const at = xml.indexOf(phrase);
  const start = xml.lastIndexOf('<w:p>', at);
  return xml.slice(start, xml.indexOf('</w:p>', at) + '</w:p>'.length);
};

/** The template with one paragraph moved above another, as an administrator would in Word. */
const moved = (bytes: Uint8Array, [phrase, above]: [string, string]) =>
  editBody(bytes, (xml) => {
    const paragraph = paragraphWith(xml, phrase);
    const without = xml.replace(paragraph, '');
    const target = paragraphWith(without, above);
    return without.replace(target, `${paragraph}${target}`);
  });

const wrapped = (name: string) => (xml: string) =>
  xml.replace(`{${name}}`, `{#has_signatory}{${name}}{/has_signatory}`);

describe.each(CASES)('the $kind template', ({ kind, data, built, move, remove }) => {
  const schema: z.ZodObject = TEMPLATE_SCHEMAS[kind];
  const builtIn = builtInTemplate(kind);
  const check = (bytes: Uint8Array) => templateProblems(`${kind}.docx`, bytes, schema);

  it('passes the upload check as it is, with at least one statutory block', () => {
    expect(check(builtIn)).toEqual([]);
    expect(statutoryNames(schema).length).toBeGreaterThan(0);
  });

  it('refuses a template with a statutory block removed, or inside a condition', () => {
    for (const name of statutoryNames(schema)) {
      const removed = editBody(builtIn, (xml) => xml.replace(`{${name}}`, 'As the law requires.'));
      expect(check(removed).join(' '), name).toContain(`The statutory block {${name}} is missing`);
      const conditional = editBody(builtIn, wrapped(name));
      expect(check(conditional).join(' '), name).toContain(
        `The statutory block {${name}} is inside the condition or loop {#has_signatory}`,
      );
    }
  });

  it('renders an edited template: new letterhead text and a paragraph moved', () => {
    const edited = editBody(moved(builtIn, move), (xml) =>
      xml.replace('{agency_name}', 'Children’s Services, {agency_name}'),
    );
    expect(check(edited)).toEqual([]);
    const example = exampleData(schema);
    const text = documentText(renderTemplate(edited, example));
    expect(text).toContain('Children’s Services, Shire County Council Fostering Service');
    const above = flatten(String(example[move[1].replace(/[{}]/g, '')]).split('\n')[0] ?? '');
    expect(text.indexOf(move[0])).toBeGreaterThan(-1);
    expect(text.indexOf(move[0])).toBeLessThan(text.indexOf(above));
  });

  it('renders a template with a paragraph of its own wording removed', () => {
    const edited = editBody(builtIn, (xml) => xml.replace(paragraphWith(xml, remove), ''));
    expect(check(edited)).toEqual([]);
    const example = exampleData(schema);
    const bytes = renderTemplate(edited, example);
    expect(documentText(bytes)).not.toContain(remove);
    expect(missingStatutoryText(bytes, schema, example)).toEqual([]);
  });

  it('says what the code-built letter says, from the same record, and shows every statutory block', async () => {
    const filled = data();
    const bytes = renderTemplate(builtIn, filled);
    expect(missingStatutoryText(bytes, schema, filled)).toEqual([]);
    const templated = flatten(documentText(bytes));
    const code = new PizZip(await Packer.toBuffer(built())).file('word/document.xml')?.asText() ?? '';
    const paragraphs = paragraphsOf(code)
      .map(flatten)
      .filter((p) => p !== '');
    expect(paragraphs.length).toBeGreaterThan(8);
    for (const paragraph of paragraphs) expect(templated, kind).toContain(paragraph);
  });
});
