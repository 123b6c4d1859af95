import { MIN_PASSWORD_LENGTH } from '../../../../shared/domain/auth/password-rules';

export const NEW_PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters. Three random words together are easy to remember and hard to guess.`;

/**
 * The one check made before asking the backend: that the password was typed
 * the same twice. The backend judges the password itself.
 */
export function confirmationProblem(password: string, confirmation: string): Record<string, string> {
  if (confirmation === '') return { confirmPassword: 'Type the password again to confirm it' };
  if (password !== confirmation) return { confirmPassword: 'The passwords do not match. Type the same password twice' };
  return {};
}

/** A mismatch as the forms scaffold's precheck reports it (forms/use-channel-form.ts), or null. */
export function confirmationCheck(
  message: string,
  password: string,
  confirmation: string,
): { message: string; fieldErrors: Record<string, string> } | null {
  const fieldErrors = confirmationProblem(password, confirmation);
  return Object.keys(fieldErrors).length > 0 ? { message, fieldErrors } : null;
}
