/**
 * A whole number as typed: the number when it is one; otherwise the text
 * itself, so the backend's validation explains the mistake beside the field.
 */
export function wholeNumberAsTyped(typed: string): number {
  const trimmed = typed.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
}
