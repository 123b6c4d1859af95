import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer, type FileChild } from 'docx';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { safeText } from '../../../shared/documents/safe-text';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { para, tag, templateDocument } from '../../../shared/documents/templates/designs/house-style';
import { renderTemplate } from '../../../shared/documents/templates/render-template';
import {
  TEMPLATE_SCHEMAS,
  TEMPLATED_KINDS,
  type TemplatedKind,
} from '../../../shared/documents/templates/template-kinds';
import { xmlText } from '../../factories/docx-text';
import { pdfPagesOfEach } from '../../factories/office';
import {
  comparable,
  EMOJI,
  FIELD_CODE,
  FIELD_MARKUP,
  LONE_SURROGATES,
  OVERRIDE,
  RIGHT_TO_LEFT,
  XML_FORBIDDEN,
  type HostileSample,
} from '../hostile-text';
import { expectSoundDocx } from '../sound-docx';

/** Text that looks like the template's own tags, a loop, a raw tag and the logo's mark: it must print as typed. */
const TAGS = {
  typed: '{reference} {#has_logo}{/has_logo} {@raw} {{logo}} {line}',
  stored: '{reference} {#has_logo}{/has_logo} {@raw} {{logo}} {line}',
  shown: '{reference} {#has_logo}{/has_logo} {@raw} {{logo}} {line}',
};
const SAMPLES: readonly HostileSample[] = [
  FIELD_MARKUP,
  FIELD_CODE,
  TAGS,
  RIGHT_TO_LEFT,
  OVERRIDE,
  XML_FORBIDDEN,
  LONE_SURROGATES,
  EMOJI,
];

type Field = { name: string; kind: 'text' | 'flag' | 'lines' | 'loop'; inner: z.ZodObject | null };

/** A schema's fields: texts, conditions, loops of `{line}`, and loops whose entries have fields of their own. */
const fieldsOf = (schema: z.ZodObject): Field[] =>
  Object.entries(schema.shape).map(([name, field]): Field => {
    if (field instanceof z.ZodBoolean) return { name, kind: 'flag', inner: null };
    if (field instanceof z.ZodArray && field.element instanceof z.ZodObject) {
      const shape = field.element.shape as z.ZodRawShape;
      return Object.keys(shape).join() === 'line'
        ? { name, kind: 'lines', inner: null }
        : { name, kind: 'loop', inner: z.object(shape) };
    }
    return { name, kind: 'text', inner: null };
  });

/** The body using every placeholder of a schema, a loop's entries using every placeholder of theirs. */
function bodyOf(schema: z.ZodObject): FileChild[] {
  return fieldsOf(schema).flatMap(({ name, kind, inner }) => {
    if (kind === 'flag') return [tag(`{#${name}}`), para(`Shown when ${name}`), tag(`{/${name}}`)];
    if (kind === 'lines') return [para(`Lines of ${name}:`), tag(`{#${name}}`), para('{line}'), tag(`{/${name}}`)];
    if (kind === 'loop' && inner)
      return [para(`Entries of ${name}:`), tag(`{#${name}}`), ...bodyOf(inner), tag(`{/${name}}`)];
    return [para(`${name}: {${name}}`)];
  });
}

/** An administrator's template using every placeholder of the kind: each text, each condition and each loop. */
async function everyPlaceholder(kind: TemplatedKind): Promise<Uint8Array> {
  const body = bodyOf(TEMPLATE_SCHEMAS[kind]);
  return new Uint8Array(await Packer.toBuffer(templateDocument(`Every placeholder of ${kind}`, body)));
}

/**
 * The kind's data with every text a hostile sample (one a field, in turn) and every loop all of them, as the
 * data functions make it: user text through `safeText`. `plain` gives the same shape with harmless words.
 */
function dataFor(kind: TemplatedKind, plain: boolean): Record<string, unknown> {
  const value = (index: number) => (plain ? 'Plain words' : safeText(SAMPLES[index % SAMPLES.length]?.typed));
  const dataOf = (schema: z.ZodObject): Record<string, unknown> =>
    Object.fromEntries(
      fieldsOf(schema).map(({ name, kind: type, inner }, index): [string, unknown] => {
        if (type === 'flag') return [name, true];
        if (type === 'lines') return [name, SAMPLES.map((_, line) => ({ line: value(line) }))];
        if (type === 'loop' && inner) return [name, [dataOf(inner), dataOf(inner)]];
        return [name, value(index)];
      }),
    );
  return TEMPLATE_SCHEMAS[kind].parse(dataOf(TEMPLATE_SCHEMAS[kind]));
}

/** The document's structure: every element, in order, without its text. */
function structure(bytes: Uint8Array): string[] {
  const zip = new PizZip(bytes);
  return Object.keys(zip.files)
    .filter((part) => /^word\/(?:document|header\d*|footer\d*)\.xml$/.test(part))
    .sort()
    .flatMap((part) => [part, ...[...(zip.file(part)?.asText() ?? '').matchAll(/<\/?[\w:]+/g)].map((m) => m[0])]);
}

/** A sample's characters in the data: the ones XML forbids and the direction overrides removed by safeText. */
const storedOf = (sample: HostileSample) => sample.stored;

/**
 * Hostile user text through every templated kind, on an uploaded template that
 * uses every placeholder of the kind's schema: the document keeps the
 * template's structure, holds the text literally, and LibreOffice shows it.
 * Grows with TEMPLATED_KINDS as kinds move onto templates.
 */
describe('hostile text in every placeholder of every templated kind', () => {
  let folder: string;
  let made: { kind: TemplatedKind; file: string; hostile: Uint8Array; plain: Uint8Array }[];
  let pages: string[][];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'panel-hostile-templates-'));
    made = [];
    for (const kind of TEMPLATED_KINDS) {
      const template = await everyPlaceholder(kind);
      expect(templateProblems(`${kind}.docx`, template, TEMPLATE_SCHEMAS[kind]), kind).toEqual([]);
      const hostile = renderTemplate(template, dataFor(kind, false));
      const file = path.join(folder, `${kind}.docx`);
      writeFileSync(file, hostile);
      made.push({ kind, file, hostile, plain: renderTemplate(template, dataFor(kind, true)) });
    }
    pages = pdfPagesOfEach(made.map((m) => m.file));
  }, 300_000);
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('renders every kind, each to a sound file with the structure harmless words give', () => {
    expect(made.map((m) => m.kind)).toEqual([...TEMPLATED_KINDS]);
    for (const { kind, file, hostile, plain } of made) {
      expectSoundDocx(file, kind);
      expect(structure(hostile), kind).toEqual(structure(plain));
    }
  });

  it('holds every sample literally, markup escaped, less only what XML forbids and the direction overrides', () => {
    for (const { kind, hostile } of made) {
      const xml = new PizZip(hostile).file('word/document.xml')?.asText() ?? '';
      const text = xmlText(xml);
      for (const sample of SAMPLES) expect(text, `${kind}: ${sample.typed}`).toContain(storedOf(sample));
      expect(xml).toContain('&lt;w:fldSimple w:instr=');
      expect(xml).toContain(']]&gt; &amp;amp; &lt;b&gt;');
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
  });

  it('opens in LibreOffice and shows the text literally', () => {
    made.forEach(({ kind }, index) => {
      const shown = comparable((pages[index] ?? []).join('\n'));
      expect(shown, kind).not.toBe('');
      for (const sample of SAMPLES) {
        if (sample.shown === null) continue;
        expect(shown, `${kind}: ${sample.typed}`).toContain(comparable(sample.shown));
      }
    });
  });
});
