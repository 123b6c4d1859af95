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
  /** A desktop seat's main process could not reach the service: nothing was done there; the window sends the call again. */
  'UNREACHABLE',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * What a STALE_VERSION refusal carries so the form can show the other change beside the user's: who saved it and
 * when (from the audit trail; null when no write through the app did), the record's version now (the form saves
 * again against it), and the record as they saved it (the write channel's own output: the view it returns).
 */
export const StaleConflict = z.object({
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  version: z.number().int().nullable(),
  current: z.unknown().optional(),
});
export type StaleConflict = z.infer<typeof StaleConflict>;

export const AppErrorSchema = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Field path (dot-separated, as in the input) → message to show next to that field. */
  fieldErrors: z.record(z.string(), z.string()).optional(),
  /** Only on STALE_VERSION: the change that made the save stale. */
  conflict: StaleConflict.optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);
