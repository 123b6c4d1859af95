import { useCallback, useState } from 'react';

/**
 * Unsaved form input, kept in memory for the life of the window so leaving a
 * form and coming back (or a refused save) never loses what was typed.
 */
const drafts = new Map<string, unknown>();

export function useDraft<T>(key: string, initial: () => T): [T, (next: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => (drafts.has(key) ? (drafts.get(key) as T) : initial()));
  const update = useCallback(
    (next: T) => {
      drafts.set(key, next);
      setValue(next);
    },
    [key],
  );
  const discard = useCallback(() => {
    drafts.delete(key);
  }, [key]);
  return [value, update, discard];
}

/** The draft kept under key, if any (forms/use-channel-form.ts). */
export function draftOf(key: string | undefined): unknown {
  return key !== undefined && drafts.has(key) ? drafts.get(key) : undefined;
}

export function keepDraft(key: string, value: unknown): void {
  drafts.set(key, value);
}

export function forgetDraft(key: string | undefined): void {
  if (key !== undefined) drafts.delete(key);
}

export function hasDraft(key: string): boolean {
  return drafts.has(key);
}

/** Someone else has logged in at this window: what the last person typed is not theirs to see. */
export function clearDrafts(): void {
  drafts.clear();
}
