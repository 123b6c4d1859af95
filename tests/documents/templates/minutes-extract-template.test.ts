import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesExtractDocument, type MinutesApprovalStamp } from '../../../shared/documents/minutes-document';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { exampleData, referenceFields } from '../../../shared/documents/templates/fields';
import { MinutesExtractData, minutesExtractData } from '../../../shared/documents/templates/minutes-extract-fields';
import {
  documentText,
  missingStatutoryText,
  renderTemplate,
} from '../../../shared/documents/templates/render-template';
import type { MinutesContent } from '../../../shared/schemas/minutes';
import { agency } from '../../factories/letter-views';
import { openMinutedSitting, type MinutedSitting } from '../../factories/minuted-sitting';
import { codeBuiltParagraphs, expectStatutoryBlocksGuarded, moveParagraphBefore } from './kind-checks';
import { builtInTemplate, editBody } from './template-edits';

const schema = MinutesExtractData;
const builtIn = builtInTemplate('minutes-extract');
const context = { agency: agency(), marking: 'OFFICIAL-SENSITIVE', templateVersion: null };

describe('the minutes extract’s template', () => {
  let minuted: MinutedSitting;
  let content: MinutesContent;
  let approval: MinutesApprovalStamp;
  beforeAll(async () => {
    minuted = await openMinutedSitting();
    const { approvedContent, approval: stamp } = minuted.view;
    if (!approvedContent || !stamp) throw new Error('The minutes were not approved');
    content = approvedContent;
    approval = stamp;
  });
  afterAll(() => minuted.panel.backend.dispose());

  it('passes the upload check as built in, and lists the members table’s columns for the reference page', () => {
    expect(templateProblems('extract.docx', builtIn, schema)).toEqual([]);
    const placeholders = referenceFields(schema).map((field) => field.placeholder);
    expect(placeholders).toEqual(expect.arrayContaining(['{#members_present}…{/members_present}', '{name}', '{role}']));
    expect(placeholders).toEqual(expect.arrayContaining(['{#item_facts}…{/item_facts}', '{label}', '{text}']));
  });

  it('refuses a template without the panel’s recommendation or the approval, or with one in a condition', () => {
    expectStatutoryBlocksGuarded(builtIn, schema, 'has_discussion');
  });

  for (const item of ['approvalItem', 'terminationItem'] as const) {
    it(`says everything the code-built extract says, in the same order (${item})`, async () => {
      const itemId = minuted.items[item];
      const data = minutesExtractData(content, itemId, approval, context);
      const bytes = renderTemplate(builtIn, data);
      const templated = documentText(bytes);
      let from = 0;
      for (const paragraph of await codeBuiltParagraphs(buildMinutesExtractDocument(content, itemId, approval))) {
        const at = templated.indexOf(paragraph, from);
        expect(at, paragraph).toBeGreaterThanOrEqual(0);
        from = at + paragraph.length;
      }
      expect(missingStatutoryText(bytes, schema, data)).toEqual([]);
    });
  }

  it('sets the members present as a table whose header row repeats on every page', () => {
    const data = minutesExtractData(content, minuted.items.approvalItem, approval, context);
    const xml = new PizZip(renderTemplate(builtIn, data)).file('word/document.xml')?.asText() ?? '';
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/);
    expect(table.match(/<w:tr[ >]/g)).toHaveLength(1 + content.sitting.present.length);
    for (const member of content.sitting.present) expect(table).toContain(member.name);
  });

  it('renders an edited template: new heading text, reordered paragraphs, the discussion left out', () => {
    const edited = editBody(builtIn, (xml) =>
      moveParagraphBefore(
        xml.replace('{agency_name}', 'Children’s Services, {agency_name}'),
        '{sitting_kind}',
        '{sitting_when}',
      ).replace(/\{#has_discussion\}[\s\S]*?\{\/has_discussion\}/, '{#has_discussion}{/has_discussion}'),
    );
    expect(templateProblems('extract.docx', edited, schema)).toEqual([]);
    const data = minutesExtractData(content, minuted.items.approvalItem, approval, context);
    const bytes = renderTemplate(edited, data);
    const text = documentText(bytes);
    expect(text).toContain(`Children’s Services, ${content.agencyName}`);
    expect(text.indexOf('Main sitting')).toBeLessThan(text.indexOf('Monday 23 November 2026'));
    expect(text).not.toContain('Members asked about the garden.');
    expect(missingStatutoryText(bytes, schema, data)).toEqual([]);
    expect(documentText(renderTemplate(builtIn, exampleData(schema)))).toContain('Ruth Agyei');
  });
});
