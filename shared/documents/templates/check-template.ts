import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import type { z } from 'zod';
import { knownNames, loopStatutoryNames, statutoryNames } from './fields';
import { nearestName } from './nearest-name';
import { MAX_TEMPLATE_BYTES, MAX_UNZIPPED_BYTES } from './template-list';

/**
 * The checks an uploaded template must pass before it is kept, each problem
 * in words an administrator can act on. A template that fails is not saved.
 */

/** Fields a template may hold: page numbers only. Any other field could fetch or run something. */
const ALLOWED_FIELDS = new Set(['PAGE', 'NUMPAGES', 'SECTIONPAGES']);

interface Part {
  type: string;
  value: string;
  module?: string;
  inverted?: boolean;
  subparsed?: Part[];
}

interface ZipEntry {
  name: string;
  dir: boolean;
  _data?: { uncompressedSize?: number };
}

function openZip(bytes: Uint8Array): PizZip | null {
  try {
    return new PizZip(bytes);
  } catch {
    return null;
  }
}

/** Macros, external links and fields: refused outright, as is a macro-enabled document however it is named. */
function packageProblems(zip: PizZip): string[] {
  const problems: string[] = [];
  const entries = Object.values(zip.files) as unknown as ZipEntry[];
  const unzipped = entries.reduce((sum, entry) => sum + (entry._data?.uncompressedSize ?? 0), 0);
  if (unzipped > MAX_UNZIPPED_BYTES)
    return [
      `The file expands to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB when unzipped, so it was not opened.`,
    ];
  if (!zip.file('word/document.xml')) return ['This is not a Word document (.docx): it has no document body.'];
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (
    /macroEnabled|vbaProject/i.test(types) ||
    entries.some((entry) => /vbaProject|vbaData|\.bin$/i.test(entry.name))
  ) {
    problems.push('The template contains macros. Save it in Word as a Word Document (.docx), not a macro-enabled one.');
  }
  for (const entry of entries) {
    if (entry.dir) continue;
    if (/\.rels$/.test(entry.name) && /TargetMode\s*=\s*"External"/i.test(zip.file(entry.name)?.asText() ?? '')) {
      problems.push(
        'The template links to something outside the file (a hyperlink, a linked picture or an attached template). Remove the link, or insert the picture itself.',
      );
      break;
    }
  }
  const fields = new Set<string>();
  for (const entry of entries) {
    if (entry.dir || !/^word\/.*\.xml$/.test(entry.name)) continue;
    const xml = zip.file(entry.name)?.asText() ?? '';
    for (const match of xml.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|w:instr="([^"]*)"/g)) {
      const name = (match[1] ?? match[2] ?? '').trim().split(/\s+/)[0]?.toUpperCase() ?? '';
      if (name && !ALLOWED_FIELDS.has(name)) fields.add(name);
    }
  }
  if (fields.size > 0)
    problems.push(
      `The template contains Word fields (${[...fields].join(', ')}). Only page numbers are allowed: remove the others.`,
    );
  return problems;
}

interface TemplateErrorLike {
  properties?: {
    id?: string;
    xtag?: string;
    explanation?: string;
    errors?: TemplateErrorLike[];
    context?: string;
  };
}

/** A docxtemplater syntax error in words. */
function syntaxProblem(error: TemplateErrorLike): string {
  const { id, xtag, explanation, context } = error.properties ?? {};
  const near = (xtag ?? context ?? '').trim();
  switch (id) {
    case 'unclosed_tag':
      return `A placeholder is not closed: “{${near}” needs its closing brace “}”.`;
    case 'unopened_tag':
      return `A closing brace “}” has no opening brace “{” (near “${near}”).`;
    case 'duplicate_open_tag':
    case 'duplicate_close_tag':
      return `A placeholder has doubled braces (near “${near}”): use one “{” and one “}”.`;
    case 'unclosed_loop':
      return `The loop or condition {#${near}} is not closed: add {/${near}} after the part it repeats or hides.`;
    case 'unopened_loop':
      return `{/${near}} closes a loop or condition that was never opened: add {#${near}} before it, or remove it.`;
    case 'closing_tag_does_not_match_opening_tag':
      return `A loop or condition is closed by the wrong name (near “${near}”): close each {#name} with {/name}.`;
    default:
      return `The template’s placeholders could not be read: ${explanation ?? 'a tag is malformed'}.`;
  }
}

/** Tags in the tree: each with the loops and conditions it sits inside. */
function* walk(parts: readonly Part[], inside: string[] = []): Generator<{ part: Part; inside: string[] }> {
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    yield { part, inside };
    if (part.subparsed) yield* walk(part.subparsed, [...inside, part.value]);
  }
}

function placeholderProblems(inspect: InspectModule, schema: z.ZodObject): string[] {
  const problems: string[] = [];
  const known = knownNames(schema);
  const seen = new Set<string>();
  for (const { part } of walk(inspect.getAllStructuredTags())) {
    if (part.module === 'rawxml') {
      problems.push(`{@${part.value}} would insert Word markup, which is not allowed: use {${part.value}} instead.`);
      continue;
    }
    if (known.has(part.value) || seen.has(part.value)) continue;
    seen.add(part.value);
    const nearest = nearestName(part.value, known);
    problems.push(
      `The placeholder {${part.value}} is not one this document knows${nearest ? `: did you mean {${nearest}}?` : '.'}`,
    );
  }
  const body = walk(inspect.getStructuredTags('word/document.xml'));
  const placed = new Map<string, string[][]>();
  for (const { part, inside } of body) {
    if (part.module === 'loop' || part.module === 'rawxml') continue;
    placed.set(part.value, [...(placed.get(part.value) ?? []), inside]);
  }
  for (const name of statutoryNames(schema)) {
    const places = placed.get(name);
    if (!places) {
      problems.push(
        `The statutory block {${name}} is missing. It holds wording the law requires: put {${name}} back in the letter’s body.`,
      );
    } else if (!places.some((inside) => inside.length === 0)) {
      const condition = places[0]?.[0] ?? '';
      problems.push(
        `The statutory block {${name}} is inside the condition or loop {#${condition}}. It must always print: move it outside.`,
      );
    }
  }
  return [...problems, ...loopStatutoryProblems(inspect, schema)];
}

/** A statutory block inside a loop (each item's recommendation) must sit directly inside that loop, and only there. */
function loopStatutoryProblems(inspect: InspectModule, schema: z.ZodObject): string[] {
  const placed = new Map<string, string[][]>();
  for (const { part, inside } of walk(inspect.getStructuredTags('word/document.xml')))
    placed.set(part.value, [...(placed.get(part.value) ?? []), inside]);
  return loopStatutoryNames(schema).flatMap(({ loop, name }) => {
    const places = placed.get(name);
    if (!places)
      return [
        `The statutory block {#${name}}…{/${name}} is missing. It holds wording the law requires: put it back inside {#${loop}}…{/${loop}}.`,
      ];
    if (places.some((inside) => inside.length === 1 && inside[0] === loop)) return [];
    const around = places[0]?.at(-1);
    return [
      around && around !== loop
        ? `The statutory block {#${name}} is inside the condition or loop {#${around}}. It must print for every entry: move it directly inside {#${loop}}…{/${loop}}.`
        : `The statutory block {#${name}} must sit directly inside {#${loop}}…{/${loop}}, where it prints for every entry: move it there.`,
    ];
  });
}

/**
 * Every problem with an uploaded template for a kind, or none. Checked in
 * order: the file's size, that it is a Word document without macros, links
 * or fields, that its tags are well formed, and that it uses only the kind's
 * placeholders with each statutory block in place.
 */
export function templateProblems(fileName: string, bytes: Uint8Array, schema: z.ZodObject): string[] {
  if (!/\.docx$/i.test(fileName))
    return [
      /\.docm$/i.test(fileName)
        ? 'Macro-enabled documents (.docm) are not accepted: save the template as a Word Document (.docx).'
        : 'Choose a Word document (.docx).',
    ];
  if (bytes.length > MAX_TEMPLATE_BYTES)
    return [`The file is larger than ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB: make the pictures in it smaller.`];
  const zip = openZip(bytes);
  if (!zip) return ['The file could not be opened as a Word document (.docx).'];
  const packaged = packageProblems(zip);
  if (packaged.length > 0) return packaged;
  const inspect = new InspectModule();
  try {
    new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, modules: [inspect] });
  } catch (error) {
    const errors = (error as TemplateErrorLike).properties?.errors ?? [error as TemplateErrorLike];
    return [...new Set(errors.map(syntaxProblem))];
  }
  return placeholderProblems(inspect, schema);
}
