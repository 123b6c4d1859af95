import { z } from 'zod';

/**
 * A stored value holding a direction control the boundary now refuses
 * (U+202A–U+202E, U+2066–U+2069), written before the refusal or outside the
 * app: listed for the administrator to correct, in words, with each such
 * character shown as its code.
 */
export const StoredDirectionControl = z.object({
  /** The kind of record, in words: "Household", "Central list member". */
  recordKind: z.string(),
  /** Which one: its reference or name where it has one, else its record id. */
  record: z.string(),
  /** The field, in words: "display name". */
  field: z.string(),
  /** The value with each refused character shown as "[U+202E]". */
  shown: z.string(),
  /** The characters found, in words: "right-to-left override (U+202E)". */
  characters: z.array(z.string()),
});
export type StoredDirectionControl = z.infer<typeof StoredDirectionControl>;

export const DirectionControlReport = z.object({
  findings: z.array(StoredDirectionControl),
  /** True when there are more than the list shows. */
  more: z.boolean(),
});
export type DirectionControlReport = z.infer<typeof DirectionControlReport>;
