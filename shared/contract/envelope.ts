import { z } from 'zod';

/** Every failure the backend can report. The renderer switches on these, never on messages. */
export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_VERSION',
  'RULE_VIOLATION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  /** The password was right; a sign-in from another computer now needs the code from the authenticator app. */
  'SECOND_FACTOR_REQUIRED',
  'LOCKED',
  'PASSWORD_CHANGE_REQUIRED',
  'THROTTLED',
  'UNKNOWN_CHANNEL',
  'UNTRUSTED_SENDER',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorSchema = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Field path (dot-separated, as in the input) → message to show next to that field. */
  fieldErrors: z.record(z.string(), z.string()).optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);
