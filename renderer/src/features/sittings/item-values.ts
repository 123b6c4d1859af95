import { wholeNumberAsTyped } from '../../api/typed-number';

/**
 * Minutes as typed: a whole number when it is one; otherwise the text itself,
 * so the backend's words explain the mistake next to the field.
 */
export function minutesInput(typed: string): number {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined as unknown as number;
  return wholeNumberAsTyped(trimmed);
}
