import { describe, expect, it } from 'vitest';
import { AgendaData } from '../../../shared/documents/templates/agenda-fields';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { exampleData, referenceFields } from '../../../shared/documents/templates/fields';
import { DraftMinutesData, FinalMinutesData } from '../../../shared/documents/templates/minutes-fields';
import {
  documentText,
  missingStatutoryText,
  renderTemplate,
} from '../../../shared/documents/templates/render-template';
import type { TemplatedKind } from '../../../shared/documents/templates/template-kinds';
import { builtInTemplate, editBody } from './template-edits';

/** The sitting's documents: the agenda and the minutes, made from their Word templates. */
const KINDS = [
  ['agenda', AgendaData],
  ['minutes-draft', DraftMinutesData],
  ['minutes-final', FinalMinutesData],
] as const satisfies readonly (readonly [TemplatedKind, unknown])[];

const check = (kind: (typeof KINDS)[number], bytes: Uint8Array) => templateProblems(`${kind[0]}.docx`, bytes, kind[1]);

/** The paragraph holding a tag, whole. */
const paragraphWith = (xml: string, tag: string) =>
  new RegExp(`<w:p>(?:(?!<w:p>).)*?${tag.replace(/[{}#/^]/g, '\\$&')}(?:(?!<w:p>).)*?</w:p>`, 's').exec(xml)?.[0] ?? '';

describe('the agenda and minutes templates', () => {
  it('accepts each built-in template as it is, and renders it from its example data with its statutory wording', () => {
    for (const kind of KINDS) {
      const builtIn = builtInTemplate(kind[0]);
      expect(check(kind, builtIn), kind[0]).toEqual([]);
      const data = exampleData(kind[1]);
      const bytes = renderTemplate(builtIn, data);
      expect(missingStatutoryText(bytes, kind[1], data), kind[0]).toEqual([]);
      expect(documentText(bytes), kind[0]).not.toMatch(/\{[#/^]?[a-z_]+\}/);
    }
  });

  it('refuses a minutes template without a statutory block, or with one inside a condition', () => {
    const draft = KINDS[1];
    const final = KINDS[2];
    const cases: [(typeof KINDS)[number], string, RegExp][] = [
      [draft, 'draft_mark', /The statutory block \{draft_mark\} is missing/],
      [final, 'approved_by', /The statutory block \{approved_by\} is missing/],
      [final, 'approved_reference', /The statutory block \{approved_reference\} is missing/],
    ];
    for (const [kind, name, message] of cases) {
      const removed = editBody(builtInTemplate(kind[0]), (xml) => xml.replace(`{${name}}`, ''));
      expect(check(kind, removed).join(' '), `${name} removed`).toMatch(message);
      const hidden = editBody(builtInTemplate(kind[0]), (xml) =>
        xml.replace(`{${name}}`, `{#has_items}{${name}}{/has_items}`),
      );
      expect(check(kind, hidden).join(' '), `${name} in a condition`).toMatch(
        new RegExp(`The statutory block \\{${name}\\} is inside the condition or loop \\{#has_items\\}`),
      );
    }
  });

  it('refuses minutes whose items do not each print the panel’s recommendation', () => {
    for (const kind of [KINDS[1], KINDS[2]]) {
      const builtIn = builtInTemplate(kind[0]);
      const removed = editBody(builtIn, (xml) =>
        xml.replace('{#recommendation}', '{#before}').replace('{/recommendation}', '{/before}'),
      );
      expect(check(kind, removed).join(' '), kind[0]).toMatch(
        /The statutory block \{#recommendation\}…\{\/recommendation\} is missing/,
      );
      const hidden = editBody(builtIn, (xml) =>
        xml
          .replace('{#recommendation}', '{#has_items}{#recommendation}')
          .replace('{/recommendation}', '{/recommendation}{/has_items}'),
      );
      expect(check(kind, hidden).join(' '), kind[0]).toMatch(
        /The statutory block \{#recommendation\} is inside the condition or loop \{#has_items\}/,
      );
      // The rendered document must show every paragraph of every item's recommendation.
      const data = exampleData(kind[1]);
      const bytes = renderTemplate(builtIn, data);
      const [item] = data.items as { recommendation: { text: string }[] }[];
      const worded = {
        ...data,
        items: [{ ...item, recommendation: [{ ...item?.recommendation[0], text: 'Refuse' }] }],
      };
      expect(missingStatutoryText(bytes, kind[1], worded), kind[0]).toEqual(['recommendation']);
    }
  });

  it('refuses a draft whose marking is only in the header: the body must say it too', () => {
    const draft = KINDS[1];
    const headerOnly = editBody(builtInTemplate('minutes-draft'), (xml) => xml.replace('{draft_mark}', 'Minutes'));
    expect(check(draft, headerOnly).join(' ')).toMatch(/\{draft_mark\} is missing/);
  });

  it('renders an edited agenda: new letterhead text, reordered paragraphs, an optional section removed', () => {
    const agenda = KINDS[0];
    const edited = editBody(builtInTemplate('agenda'), (xml) => {
      let x = xml.replace('{agency_name}', 'Children’s Services, {agency_name}');
      // The confidentiality line moved to the top, under the letterhead; the adviser's line removed.
      const confidential = paragraphWith(x, 'Panel papers are confidential');
      x = x.replace(confidential, '');
      const title = x.indexOf('<w:p>', x.indexOf('Children’s Services'));
      x = `${x.slice(0, title)}${confidential}${x.slice(title)}`;
      return x.replace(paragraphWith(x, '{adviser}'), '');
    });
    expect(check(agenda, edited)).toEqual([]);
    const text = documentText(renderTemplate(edited, exampleData(agenda[1])));
    expect(text).toContain('Children’s Services, Shire County Council Fostering Service');
    expect(text.indexOf('Panel papers are confidential')).toBeLessThan(text.indexOf('Fostering panel agenda'));
    expect(text).not.toContain('Panel adviser');
    expect(text).toContain('Margaret Ellis Chair (presiding)');
  });

  it('renders edited final minutes: new heading text, the approval moved up, the observers removed', () => {
    const final = KINDS[2];
    const edited = editBody(builtInTemplate('minutes-final'), (xml) => {
      let x = xml.replace('Minutes of the fostering panel', 'Fostering panel: minutes of the meeting');
      const approved = paragraphWith(x, '{approved_by}');
      x = x.replace(approved, '');
      const attendance = x.lastIndexOf('<w:p>', x.indexOf('>Attendance<'));
      x = `${x.slice(0, attendance)}${approved}${x.slice(attendance)}`;
      return x.replace(paragraphWith(x, '{observers}'), '');
    });
    expect(check(final, edited)).toEqual([]);
    const data = exampleData(final[1]);
    const bytes = renderTemplate(edited, data);
    const text = documentText(bytes);
    expect(text).toContain('Fostering panel: minutes of the meeting');
    expect(text.indexOf('Approved by Margaret Ellis')).toBeLessThan(text.indexOf('Attendance'));
    expect(text).not.toContain('Observers');
    expect(missingStatutoryText(bytes, final[1], data)).toEqual([]);
  });

  it('lists the loops and the fields inside them for the reference page', () => {
    const fields = referenceFields(FinalMinutesData);
    const placeholders = fields.map((f) => f.placeholder);
    expect(placeholders).toContain('{#items}…{/items}');
    expect(placeholders).toContain('{heading}');
    expect(placeholders).toContain('{#recommendation}…{/recommendation}');
    expect(fields.find((f) => f.placeholder === '{approved_by}')?.statutory).toBe(true);
    expect(fields.find((f) => f.placeholder === '{#recommendation}…{/recommendation}')?.statutory).toBe(true);
    expect(fields.find((f) => f.placeholder === '{heading}')?.description).toMatch(/^Inside \{#items\}/);
    expect(fields.every((f) => f.description.length > 0 && f.example.length > 0)).toBe(true);
    expect(referenceFields(AgendaData).map((f) => f.placeholder)).toContain('{presenters}');
  });
});
