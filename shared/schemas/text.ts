import { z } from 'zod';
import { bidiControlProblem } from '../domain/text/bidi-controls';

/** Characters that XML 1.0 forbids (and that no user ever means to type). */
/* eslint-disable no-control-regex -- these are exactly the characters being refused */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/**
 * Every free-text field refuses characters that cannot be stored and the
 * direction controls that could show it reversed (domain/text/bidi-controls.ts),
 * naming the character: "Remove the right-to-left override character (U+202E) from Name".
 */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` })
    .refine((value) => !FORBIDDEN_CONTROL.test(value), {
      error: `${capitalise(label)} contains characters that cannot be stored`,
    })
    .check(noDirectionControls(label));
}

/** The same refusals for a text schema built elsewhere (e.g. a setting with its own messages). */
export function storable(schema: z.ZodString, label: string) {
  return schema
    .refine((value) => !FORBIDDEN_CONTROL.test(value), {
      error: `${capitalise(label)} contains characters that cannot be stored`,
    })
    .check(noDirectionControls(label));
}

/** Refuses U+202A–U+202E and U+2066–U+2069 with a message naming the character and the field. */
function noDirectionControls(label: string) {
  return z.superRefine<string>((value, ctx) => {
    const problem = bidiControlProblem(value, capitalise(label));
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}

/** Optional free text: blank becomes null. */
export function optionalText(label: string, max = 2000) {
  return z
    .string({ error: `${capitalise(label)} must be text` })
    .trim()
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` })
    .refine((value) => !FORBIDDEN_CONTROL.test(value), {
      error: `${capitalise(label)} contains characters that cannot be stored`,
    })
    .check(noDirectionControls(label))
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));
}

export const EntityId = z
  .string({ error: 'The record reference is missing' })
  .min(1, { error: 'The record reference is missing' })
  .max(64, { error: 'The record reference is not valid' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'The record reference is not valid' });

/** Optimistic concurrency: the version the user was looking at when they edited. */
export const Version = z
  .number({ error: 'The record version is missing' })
  .int({ error: 'The record version is not valid' })
  .min(1, { error: 'The record version is not valid' });

/**
 * The version a write was made against, where the record may not exist yet: 0 means the writer saw none. Required,
 * so no seat can write blind over a change made at another.
 */
export const VersionOrNone = z
  .number({ error: 'The record version is missing' })
  .int({ error: 'The record version is not valid' })
  .min(0, { error: 'The record version is not valid' });

function capitalise(text: string): string {
  const stripped = text.replace(/^(the|a|an) /, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
