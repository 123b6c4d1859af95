import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { ApprovalLetterData } from '../../../shared/documents/templates/approval-letter-fields';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { exampleData, referenceFields } from '../../../shared/documents/templates/fields';
import {
  documentText,
  missingStatutoryText,
  renderTemplate,
} from '../../../shared/documents/templates/render-template';
import { addPart, builtInTemplate, editBody, editPart } from './template-edits';

const schema = ApprovalLetterData;
const builtIn = builtInTemplate('letter-approval');
const check = (bytes: Uint8Array, name = 'letter.docx') => templateProblems(name, bytes, schema);

describe('the template engine', () => {
  it('accepts the built-in approval letter template as it is', () => {
    expect(check(builtIn)).toEqual([]);
  });

  it('prints every value as text: markup, braces and entities stay literal', () => {
    const hostile = '<w:p/><w:fldSimple w:instr="HYPERLINK x"/> {agency_name} {#x}{/x} ]]> &amp; {@raw}';
    const data = { ...exampleData(schema), agency_name: hostile, salutation: hostile };
    const bytes = renderTemplate(builtIn, data);
    // Printed twice (letterhead and greeting) exactly as given, and the file's structure unchanged.
    expect(documentText(bytes).split(hostile)).toHaveLength(3);
    const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
    expect(xml).not.toMatch(/<w:fldSimple|<w:p\/>/);
    expect(xml).toContain('&lt;w:fldSimple');
    expect(missingStatutoryText(bytes, schema, data)).toEqual([]);
  });

  it('finds a statutory block hidden in the template, or worded away', () => {
    const hidden = editBody(builtIn, (xml) =>
      xml.replace(
        /(<w:r><w:rPr>)(<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">\{approval_decision\})/,
        '$1<w:vanish/>$2',
      ),
    );
    const data = exampleData(schema);
    expect(missingStatutoryText(renderTemplate(hidden, data), schema, data)).toEqual(['approval_decision']);
  });

  it('refuses each kind of bad template, saying what to do', () => {
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['docm', builtIn, 'letter.docm', /Macro-enabled documents \(\.docm\) are not accepted/],
      ['not docx', builtIn, 'letter.pdf', /Choose a Word document \(\.docx\)/],
      ['not a zip', new TextEncoder().encode('hello'), 'letter.docx', /could not be opened as a Word document/],
      [
        'unknown placeholder',
        editBody(builtIn, (x) => x.replace('{agency_name}', '{agncy_name}')),
        'letter.docx',
        /The placeholder \{agncy_name\} is not one this document knows: did you mean \{agency_name\}\?/,
      ],
      [
        'malformed tag',
        editBody(builtIn, (x) => x.replace('{letter_date}', '{letter_date')),
        'letter.docx',
        /is not closed/,
      ],
      [
        'unclosed loop',
        editBody(builtIn, (x) => x.replace('{/reasons}', '')),
        'letter.docx',
        /The loop or condition \{#reasons\} is not closed: add \{\/reasons\}/,
      ],
      [
        'raw markup tag',
        editBody(builtIn, (x) => x.replace('{salutation}', '{@salutation}')),
        'letter.docx',
        /\{@salutation\} would insert Word markup/,
      ],
      [
        'statutory block removed',
        editBody(builtIn, (x) => x.replace('{approval_terms}', 'Your terms are as agreed.')),
        'letter.docx',
        /The statutory block \{approval_terms\} is missing/,
      ],
      [
        'statutory block in a condition',
        editBody(builtIn, (x) => x.replace('{approval_terms}', '{#has_reasons}{approval_terms}{/has_reasons}')),
        'letter.docx',
        /The statutory block \{approval_terms\} is inside the condition or loop \{#has_reasons\}/,
      ],
      ['macros', addPart(builtIn, 'word/vbaProject.bin', new Uint8Array([1, 2, 3])), 'letter.docx', /contains macros/],
      [
        'external link',
        editPart(builtIn, 'word/_rels/document.xml.rels', (x) =>
          x.replace(
            '</Relationships>',
            '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://evil.example" TargetMode="External"/></Relationships>',
          ),
        ),
        'letter.docx',
        /links to something outside the file/,
      ],
      [
        'a field that fetches',
        editBody(builtIn, (x) =>
          x.replace(
            '<w:t xml:space="preserve">{letter_date}</w:t>',
            '<w:t xml:space="preserve">{letter_date}</w:t></w:r><w:r><w:instrText>INCLUDETEXT "c:\\\\x.docx"</w:instrText>',
          ),
        ),
        'letter.docx',
        /contains Word fields \(INCLUDETEXT\)/,
      ],
      ['too large', new Uint8Array(6 * 1024 * 1024), 'letter.docx', /larger than 5 MB/],
      [
        'expands too far',
        addPart(builtIn, 'word/media/padding.txt', 'x'.repeat(41 * 1024 * 1024)),
        'letter.docx',
        /expands to more than 40 MB/,
      ],
    ];
    for (const [what, bytes, name, message] of cases) {
      const problems = check(bytes, name);
      expect(problems.join(' '), what).toMatch(message);
    }
  });

  it('renders an edited template: new letterhead text, reordered paragraphs, an optional section removed', () => {
    const edited = editBody(builtIn, (xml) => {
      let x = xml.replace('{agency_name}', 'Children’s Services, {agency_name}');
      // The closing thanks moved above "What happens next", and the reasons' introduction removed.
      const thanks = /<w:p>(?:(?!<w:p>).)*?Thank you for all you have put(?:(?!<w:p>).)*?<\/w:p>/s.exec(x)?.[0] ?? '';
      x = x.replace(thanks, '');
      const next = x.indexOf('<w:p>', x.lastIndexOf('<w:p>', x.indexOf('What happens next')) - 1);
      x = `${x.slice(0, next)}${thanks}${x.slice(next)}`;
      return x.replace('My reasons are:', '');
    });
    expect(check(edited)).toEqual([]);
    const text = documentText(renderTemplate(edited, exampleData(schema)));
    expect(text).toContain('Children’s Services, Shire County Council Fostering Service');
    expect(text.indexOf('Thank you for all')).toBeLessThan(text.indexOf('What happens next'));
    expect(text).not.toContain('My reasons are:');
  });

  it('lists every placeholder of the schema for the reference page, the statutory ones marked', () => {
    const fields = referenceFields(schema);
    expect(fields.map((f) => f.placeholder)).toContain('{approval_terms}');
    expect(fields.find((f) => f.placeholder === '{approval_terms}')?.statutory).toBe(true);
    expect(fields.find((f) => f.placeholder === '{#reasons}{line}{/reasons}')?.kind).toBe('loop');
    expect(fields.every((f) => f.description.length > 0 && f.example.length > 0)).toBe(true);
  });
});
