import { ApiError } from './client';

/** What a form shows for a failed save: the summary message and per-field messages. */
export function errorState(error: unknown): { message: string | null; fieldErrors: Record<string, string> } {
  if (!error) return { message: null, fieldErrors: {} };
  if (error instanceof ApiError) return { message: error.message, fieldErrors: error.fieldErrors };
  return { message: 'Something went wrong and nothing was saved. Try again.', fieldErrors: {} };
}
