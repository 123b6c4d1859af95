import fc from 'fast-check';
import type { z } from 'zod';
import { RECOVERY_KEY_BYTES, recoveryKeyFromBytes } from '../../shared/domain/auth/recovery-key';

/**
 * The few parts of zod 4's schema internals this walker reads. They are
 * internal, so anything unrecognised falls back to `undefined` rather than
 * failing: the inputs stay plausible, the near-valid fuzzing stays robust.
 */
interface SchemaNode {
  _zod: { def: SchemaDef; optin?: 'optional' };
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}
interface SchemaDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, SchemaNode>;
  catchall?: SchemaNode;
  innerType?: SchemaNode;
  in?: SchemaNode;
  out?: SchemaNode;
  options?: SchemaNode[];
  left?: SchemaNode;
  right?: SchemaNode;
  element?: SchemaNode;
  keyType?: SchemaNode;
  valueType?: SchemaNode;
  items?: SchemaNode[];
  values?: unknown[];
  entries?: Record<string, string | number>;
  getter?: () => SchemaNode;
}

/** Where a plausible value gets the references to records it names. */
export interface RecordReferences {
  /** Strings for fields that hold a record's ID (EntityId-shaped). */
  ids: fc.Arbitrary<string>;
}

const ISO_DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;
const ENTITY_ID_PATTERN = '^[A-Za-z0-9_-]+$';
const WORDS = ['Ann', 'Smith', 'review', 'panel', 'carer', 'Harbour', 'notes', 'agreed', 'school', 'March'];

/** Real calendar dates around the test's today (23 November 2026). */
const realDate = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/**
 * Values shaped like what the window sends on a channel, built from the
 * channel's input schema: mostly valid, so that breaking one thing in them
 * gives near-valid input. Field names steer strings the schema only refines
 * (emails, fees, passwords).
 */
export function plausibleInput(schema: z.ZodType, references: RecordReferences): fc.Arbitrary<unknown> {
  return build(schema as unknown as SchemaNode, references, '');
}

function build(node: SchemaNode, refs: RecordReferences, key: string): fc.Arbitrary<unknown> {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      return stringFor(def, refs, key);
    case 'number':
      return numberFor(node as unknown as { minValue?: number | null; maxValue?: number | null; isInt?: boolean });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: 'none' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [undefined]));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'object':
      return objectFor(def, refs);
    case 'optional':
      return fc.option(build(inner(def), refs, key), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(build(inner(def), refs, key), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return build(inner(def), refs, key);
    case 'pipe':
      // What goes in is the input; but `.pipe(schema)` checks more after it, and sometimes takes input of its own shape.
      if (!def.in) return fc.constant(undefined);
      if (def.out && def.out._zod.def.type !== 'transform') {
        return fc.oneof(build(def.in, refs, key), build(def.out, refs, key));
      }
      return build(def.in, refs, key);
    case 'lazy':
      return def.getter ? build(def.getter(), refs, key) : fc.constant(undefined);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => build(option, refs, key)));
    case 'intersection':
      return fc
        .tuple(build(def.left ?? node, refs, key), build(def.right ?? node, refs, key))
        .map(([left, right]) => ({ ...(left as object), ...(right as object) }));
    case 'array':
      return fc.array(build(def.element ?? node, refs, key), arrayLength(def));
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => build(item, refs, key)));
    case 'record':
      return fc.dictionary(
        build(def.keyType ?? node, refs, key) as fc.Arbitrary<string>,
        build(def.valueType ?? node, refs, key),
        { maxKeys: 3 },
      );
    default:
      return fc.constant(undefined);
  }
}

function inner(def: SchemaDef): SchemaNode {
  if (!def.innerType) throw new Error(`A ${def.type} schema without an inner type`);
  return def.innerType;
}

function objectFor(def: SchemaDef, refs: RecordReferences): fc.Arbitrary<unknown> {
  const shape = def.shape ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [field, schema] of Object.entries(shape)) {
    model[field] = build(schema, refs, field);
    if (schema._zod.optin !== 'optional') requiredKeys.push(field);
  }
  return fc.record(model, { requiredKeys });
}

function checksOf(def: SchemaDef): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function arrayLength(def: SchemaDef): { minLength: number; maxLength: number } {
  let minLength = 0;
  let maxLength = 4;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length' && check.minimum !== undefined) minLength = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) maxLength = Math.min(maxLength, check.maximum);
  }
  return { minLength, maxLength: Math.max(minLength, maxLength) };
}

function stringFor(def: SchemaDef, refs: RecordReferences, key: string): fc.Arbitrary<string> {
  const checks = checksOf(def);
  let min = 0;
  let max = 40;
  for (const check of checks) {
    if (check.check === 'min_length' && check.minimum !== undefined) min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) max = Math.min(max, check.maximum);
  }
  const pattern = checks.find((check) => check.format === 'regex')?.pattern;
  if (pattern?.source === ISO_DATE_PATTERN) return realDate;
  if (pattern?.source === ENTITY_ID_PATTERN) return refs.ids;
  if (pattern) {
    return fc.stringMatching(pattern, { size: 'small' }).filter((text) => text.length >= min && text.length <= max);
  }
  const lowerKey = key.toLowerCase();
  if (lowerKey.includes('email')) return fc.constantFrom('panel@example.org', '');
  if (lowerKey.includes('password')) return fc.constant('harbour-lantern-demo-7');
  if (lowerKey === 'recoverykey') return fc.constant(recoveryKeyFromBytes(new Uint8Array(RECOVERY_KEY_BYTES).fill(7)));
  if (lowerKey.includes('fee')) return fc.constantFrom('150.00', '75', '');
  if (lowerKey.includes('telephone')) return fc.constantFrom('0113 496 0000', '+44 113 496 0000');
  // A service's address (seat:probe, seat:connect) is a host and port, with or without https://.
  if (lowerKey === 'serviceaddress') return fc.constantFrom('panel.example.org:8443', 'https://192.168.1.20:8443');
  if (lowerKey.includes('website')) return fc.constantFrom('irm.example.org.uk', 'https://irm.example.org.uk/apply');
  if (lowerKey.includes('date')) return realDate;
  if (lowerKey.includes('time')) return fc.constantFrom('10:00', '13:30');
  return fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
    .map((words) => fitTo(words.join(' '), Math.max(min, 1), max));
}

function fitTo(text: string, min: number, max: number): string {
  const long = text.length >= min ? text : text + 'a'.repeat(min - text.length);
  return long.slice(0, Math.max(min, max)).trimEnd().padEnd(min, 'a');
}

function numberFor(schema: {
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}): fc.Arbitrary<number> {
  const low = Number.isFinite(schema.minValue) ? Math.max(schema.minValue ?? 0, -10) : 0;
  const high = Number.isFinite(schema.maxValue) ? Math.min(schema.maxValue ?? 50, low + 50) : low + 50;
  if (schema.isInt) return fc.integer({ min: Math.ceil(low), max: Math.max(Math.ceil(low), Math.floor(high)) });
  return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}
