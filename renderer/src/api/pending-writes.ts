/**
 * The idempotency keys of writes sent and not yet answered, kept where a reload of the page does not lose them
 * (the tab's sessionStorage). A seat whose host restarted while a save was on its way may have had that save
 * applied without hearing so; after the page is reloaded, the same save sent again carries the same key, and
 * the host answers it with the first answer instead of applying it twice (electron/backend/idempotency.ts).
 * A write is "the same" when its channel and input are: what the user saves again from the kept draft.
 */

/** The part of the Web Storage API used (the tab's sessionStorage in the page; any store in tests). */
export interface KeyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const PREFIX = 'panel:pending-write:';
/** As long as the host keeps a key (KEY_LIFETIME_MS): older, the host has forgotten it and a new one is as good. */
const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

export interface PendingWrite {
  key: string;
  /** The host answered (saved or refused): the key is not sent again. */
  answered(): void;
}

export interface PendingWrites {
  /** The key for this write: the one an unanswered send of the same write left, else a new one, kept until answered. */
  begin(channel: string, input: unknown): PendingWrite;
  /** Someone else uses the window now: their writes are not retries of the last person's. */
  forgetAll(): void;
}

export function pendingWrites(
  storage: KeyStorage | null,
  newKey: () => string,
  now: () => number = Date.now,
): PendingWrites {
  const read = (slot: string): { key: string; at: number } | null => {
    try {
      const stored = JSON.parse(storage?.getItem(slot) ?? 'null') as { key?: unknown; at?: unknown } | null;
      return typeof stored?.key === 'string' && typeof stored.at === 'number'
        ? { key: stored.key, at: stored.at }
        : null;
    } catch {
      return null;
    }
  };
  const write = (slot: string, value: { key: string; at: number }) => {
    try {
      storage?.setItem(slot, JSON.stringify(value));
    } catch {
      // Storage full or switched off: the key lives as long as the page, as before.
    }
  };
  return {
    begin: (channel, input) => {
      const slot = `${PREFIX}${channel}:${fingerprint(JSON.stringify(input) ?? '')}`;
      const kept = read(slot);
      const key = kept && now() - kept.at < KEPT_FOR_MS ? kept.key : newKey();
      if (key !== kept?.key) write(slot, { key, at: now() });
      return {
        key,
        answered: () => {
          if (read(slot)?.key === key) storage?.removeItem(slot);
        },
      };
    },
    forgetAll: () => {
      if (!storage) return;
      const slots: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const name = storage.key(i);
        if (name?.startsWith(PREFIX)) slots.push(name);
      }
      for (const slot of slots) storage.removeItem(slot);
    },
  };
}

/** A 53-bit hash of the input (cyrb53): names the write's slot without keeping what was typed in storage. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
