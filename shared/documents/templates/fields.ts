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
 * A loop over a table's rows, each row's columns by name: `{#members}{name}`
 * in the first cell and `{role}{/members}` in the last repeats the row.
 */
export const rows = <K extends string>(description: string, columns: Record<K, FieldInfo>) =>
  described(
    z.array(
      z.object(
        Object.fromEntries(
          Object.entries<FieldInfo>(columns).map(([name, info]) => [name, text(info.description, info.example)]),
        ) as Record<K, z.ZodString>,
      ),
    ),
    {
      description,
      example: Object.values<FieldInfo>(columns)
        .map((info) => info.example)
        .join(' | '),
    },
  );

/** The names inside a loop's entries: `line` for lines, each column for rows. */
const columnsOf = (field: z.ZodArray) => Object.keys((field.element as z.ZodObject).shape);

/** One field of the reference page: its placeholder as typed in Word, and what it holds. */
export interface ReferenceField extends FieldInfo {
  placeholder: string;
  kind: 'text' | 'condition' | 'loop';
}

/** Every placeholder of a schema, in its order, with the loops' inner placeholders after them. */
export function referenceFields(schema: z.ZodObject): ReferenceField[] {
  return Object.entries(schema.shape).map(([name, field]): ReferenceField => {
    const info = fieldInfo(field as z.ZodType) ?? { description: name, example: '' };
    if (field instanceof z.ZodBoolean) return { ...info, placeholder: `{#${name}}…{/${name}}`, kind: 'condition' };
    if (field instanceof z.ZodArray) {
      const inner = columnsOf(field).map((column) => `{${column}}`);
      return { ...info, placeholder: `{#${name}}${inner.join('')}{/${name}}`, kind: 'loop' };
    }
    return { ...info, placeholder: `{${name}}`, kind: 'text' };
  });
}

/** The names a template may use: each field, and inside a loop `line` or the row's columns. */
export function knownNames(schema: z.ZodObject): Set<string> {
  const names = new Set(Object.keys(schema.shape));
  for (const field of Object.values(schema.shape))
    if (field instanceof z.ZodArray) for (const column of columnsOf(field)) names.add(column);
  return names;
}

/** The names filled with statutory wording. */
export function statutoryNames(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => fieldInfo(field as z.ZodType)?.statutory === true)
    .map(([name]) => name);
}

/** Data for a kind made of each field's example: what a template is test-rendered with when no record is chosen. */
export function exampleData(schema: z.ZodObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]): [string, unknown] => {
      const example = fieldInfo(field as z.ZodType)?.example ?? '';
      if (field instanceof z.ZodBoolean) return [name, example === 'Yes'];
      if (field instanceof z.ZodArray && columnsOf(field).join() !== 'line') {
        const shape = (field.element as z.ZodObject).shape;
        return [
          name,
          [Object.fromEntries(columnsOf(field).map((c) => [c, fieldInfo(shape[c] as z.ZodType)?.example]))],
        ];
      }
      if (field instanceof z.ZodArray) return [name, example.split('\n').map((line) => ({ line }))];
      return [name, example];
    }),
  );
}
