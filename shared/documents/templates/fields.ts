import { z } from 'zod';

/**
 * The pieces every template schema is made of. Each placeholder carries its
 * meaning and an example in the schema itself, so the field reference page is
 * read from the same schema the renderer checks its data against and cannot
 * drift from it.
 */

export interface FieldInfo {
  /** What the placeholder holds, in words an administrator understands. */
  description: string;
  /** An example value, as printed. */
  example: string;
  /** Filled by the app with wording the law requires: the template may place it, never reword or make it optional. */
  statutory?: boolean;
}

const INFO = new WeakMap<z.ZodType, FieldInfo>();

/** What the reference says about a field, or nothing for a schema not made here. */
export const fieldInfo = (schema: z.ZodType): FieldInfo | undefined => INFO.get(schema);

function described<T extends z.ZodType>(schema: T, info: FieldInfo): T {
  INFO.set(schema, info);
  return schema;
}

/** A value printed as text; a line break in it becomes a line break in the document. */
export const text = (description: string, example: string) => described(z.string(), { description, example });

/** Wording the law requires, filled by the app; its text is checked in every rendered document before it is issued. */
export const statutory = (description: string, example: string) =>
  described(z.string(), { description, example, statutory: true });

/** A yes-or-no for a condition: `{#name}…{/name}` prints its part only when yes, `{^name}…{/name}` only when no. */
export const flag = (description: string, example: string) => described(z.boolean(), { description, example });

/** Lines repeated by a loop: `{#name}{line}{/name}` repeats the paragraph it sits in, once per line. */
export const lines = (description: string, example: string) =>
  described(z.array(z.object({ line: text('One line', example.split('\n')[0] ?? example) })), {
    description,
    example,
  });

/**
 * Records repeated by a loop, each with fields of its own: `{#items}{heading}{/items}`
 * repeats what sits between once per record (a table row, when the tags sit in one row).
 */
export const loop = (description: string, example: string, shape: z.ZodRawShape) =>
  described(z.array(z.object(shape)), { description, example });

/**
 * Records in a loop holding wording the law requires, filled by the app: the
 * template must place this loop directly inside its parent loop (say, each
 * item's recommendation inside `{#items}`), never inside a condition.
 */
export const statutoryLoop = (description: string, example: string, shape: z.ZodRawShape) =>
  described(z.array(z.object(shape)), { description, example, statutory: true });

/** A loop over a table's rows, each row's columns by name: `{#members}{name}` in the first cell and `{role}{/members}` in the last repeats the row. */
export const rows = (description: string, columns: Record<string, FieldInfo>) =>
  loop(
    description,
    Object.values(columns)
      .map((info) => info.example)
      .join(' | '),
    Object.fromEntries(Object.entries(columns).map(([name, info]) => [name, text(info.description, info.example)])),
  );

/** The object each entry of a loop holds, when the loop's entries have fields other than `line`. */
function loopShape(field: unknown): z.ZodRawShape | null {
  if (!(field instanceof z.ZodArray) || !(field.element instanceof z.ZodObject)) return null;
  const shape = field.element.shape as z.ZodRawShape;
  return Object.keys(shape).join() === 'line' ? null : shape;
}

/** One field of the reference page: its placeholder as typed in Word, and what it holds. */
export interface ReferenceField extends FieldInfo {
  placeholder: string;
  kind: 'text' | 'condition' | 'loop';
}

/** Every placeholder of a schema, in its order, with the loops' inner placeholders after them. */
export function referenceFields(schema: z.ZodObject, within = ''): ReferenceField[] {
  return Object.entries(schema.shape).flatMap(([name, field]): ReferenceField[] => {
    const found = fieldInfo(field as z.ZodType) ?? { description: name, example: '' };
    const info = within ? { ...found, description: `Inside {#${within}}: ${found.description}` } : found;
    if (field instanceof z.ZodBoolean) return [{ ...info, placeholder: `{#${name}}…{/${name}}`, kind: 'condition' }];
    const shape = loopShape(field);
    if (shape)
      return [
        { ...info, placeholder: `{#${name}}…{/${name}}`, kind: 'loop' },
        ...referenceFields(z.object(shape), name),
      ];
    if (field instanceof z.ZodArray) return [{ ...info, placeholder: `{#${name}}{line}{/${name}}`, kind: 'loop' }];
    return [{ ...info, placeholder: `{${name}}`, kind: 'text' }];
  });
}

/** The names a template may use: each field, and inside a loop `line` or the row's columns. */
export function knownNames(schema: z.ZodObject): Set<string> {
  const names = new Set(Object.keys(schema.shape));
  for (const field of Object.values(schema.shape)) {
    const shape = loopShape(field);
    if (shape) for (const inner of knownNames(z.object(shape))) names.add(inner);
    else if (field instanceof z.ZodArray) names.add('line');
  }
  return names;
}

/** The names filled with statutory wording. */
export function statutoryNames(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => fieldInfo(field as z.ZodType)?.statutory === true)
    .map(([name]) => name);
}

/** Statutory fields inside a kind's loops: each by its name and the loop it must sit directly inside. */
export function loopStatutoryNames(schema: z.ZodObject): { loop: string; name: string }[] {
  return Object.entries(schema.shape).flatMap(([loopName, field]) => {
    const shape = loopShape(field);
    if (!shape) return [];
    return statutoryNames(z.object(shape)).map((name) => ({ loop: loopName, name }));
  });
}

/** Data for a kind made of each field's example: what a template is test-rendered with when no record is chosen. */
export function exampleData(schema: z.ZodObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]): [string, unknown] => {
      const example = fieldInfo(field as z.ZodType)?.example ?? '';
      if (field instanceof z.ZodBoolean) return [name, example === 'Yes'];
      const shape = loopShape(field);
      if (shape) return [name, [exampleData(z.object(shape))]];
      if (field instanceof z.ZodArray) return [name, example.split('\n').map((line) => ({ line }))];
      return [name, example];
    }),
  );
}
