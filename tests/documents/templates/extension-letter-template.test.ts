import { describe, expect, it } from 'vitest';
import { buildLetter, LetterNotReadyError } from '../../../shared/documents/letters';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { flatten } from '../../../shared/documents/templates/docx-plain-text';
import { ExtensionLetterData, extensionLetterData } from '../../../shared/documents/templates/extension-letter-fields';
import { exampleData } from '../../../shared/documents/templates/fields';
import {
  documentText,
  missingStatutoryText,
  renderTemplate,
} from '../../../shared/documents/templates/render-template';
import { agency, extensionView } from '../../factories/letter-views';
import { codeBuiltParagraphs, expectStatutoryBlocksGuarded, moveParagraphBefore } from './kind-checks';
import { builtInTemplate, editBody } from './template-edits';

const schema = ExtensionLetterData;
const builtIn = builtInTemplate('letter-extension');
const LETTER_DATE = '2026-06-12';
const context = { agency: agency(), marking: 'OFFICIAL-SENSITIVE', templateVersion: null, letterDate: LETTER_DATE };

/** The letter from the built-in template and from code, for one extension. */
async function bothWays(kind: 'ordinary' | 'irm') {
  const view = extensionView(true, kind);
  const data = extensionLetterData(view, context);
  const bytes = renderTemplate(builtIn, data);
  const code = buildLetter('letter-extension', {
    agency: agency(),
    letterDate: LETTER_DATE,
    subject: { kind: 'extension', view },
  });
  return { data, bytes, templated: documentText(bytes), codeBuilt: await codeBuiltParagraphs(code) };
}

describe('the temporary approval extension letter’s template', () => {
  it('passes the upload check as built in', () => {
    expect(templateProblems('extension.docx', builtIn, schema)).toEqual([]);
  });

  it('refuses a template without the approval, the new end or the reg 25(6) warning, or with one in a condition', () => {
    expectStatutoryBlocksGuarded(builtIn, schema, 'has_panel_views');
  });

  for (const kind of ['ordinary', 'irm'] as const) {
    it(`says every sentence the code-built letter says (${kind} extension), in the same order`, async () => {
      const { data, bytes, templated, codeBuilt } = await bothWays(kind);
      let from = 0;
      for (const paragraph of codeBuilt) {
        const at = templated.indexOf(paragraph, from);
        expect(at, paragraph).toBeGreaterThanOrEqual(0);
        from = at + paragraph.length;
      }
      expect(missingStatutoryText(bytes, schema, data)).toEqual([]);
    });
  }

  it('says the reg 25(6) warning in the statutory block, whatever the template words around it', async () => {
    const { templated } = await bothWays('ordinary');
    expect(templated).toContain(
      'If you are not approved as a foster carer by 16 August 2026, the child’s placement with you must end',
    );
    const irm = await bothWays('irm');
    expect(irm.templated).toContain('now lasts until the outcome of the IRM review is known');
    expect(irm.templated).not.toContain('now ends on');
  });

  it('refuses, in the code-built letter’s words, an extension not approved yet', () => {
    expect(() => extensionLetterData(extensionView(false), context)).toThrow(LetterNotReadyError);
    expect(() => extensionLetterData(extensionView(false), context)).toThrow(
      'The extension has not been approved yet.',
    );
  });

  it('renders an edited template: new letterhead text, reordered paragraphs, the panel’s views left out', () => {
    const edited = editBody(builtIn, (xml) =>
      moveParagraphBefore(
        xml.replace('{agency_name}', 'Children’s Services, {agency_name}'),
        '{iro_told}',
        '{extension_approval}',
      ).replace(/\{#has_panel_views\}[\s\S]*?\{\/panel_views\}/, '{#has_panel_views}{/has_panel_views}'),
    );
    expect(templateProblems('extension.docx', edited, schema)).toEqual([]);
    const data = extensionLetterData(extensionView(), context);
    const bytes = renderTemplate(edited, data);
    const text = documentText(bytes);
    expect(text).toContain('Children’s Services, Shire County Council Fostering Service');
    expect(text.indexOf('independent reviewing officer')).toBeLessThan(text.indexOf('I approved the extension'));
    expect(text).not.toContain('We sought the fostering panel’s views');
    expect(missingStatutoryText(bytes, schema, data)).toEqual([]);
    expect(flatten(documentText(renderTemplate(builtIn, exampleData(schema))))).toContain('regulation 25(6)');
  });
});
