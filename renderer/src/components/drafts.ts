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

export function hasDraft(key: string): boolean {
  return drafts.has(key);
}

/** Someone else has logged in at this window: what the last person typed is not theirs to see. */
export function clearDrafts(): void {
  drafts.clear();
}
