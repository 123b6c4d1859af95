import { randomUUID } from 'node:crypto';

export interface IdGenerator {
  next(): string;
}

export const randomIds: IdGenerator = { next: () => randomUUID().replaceAll('-', '') };

/** `m-0001`, `m-0002`…: predictable IDs for tests and the demo generator. */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let counter = 0;
  return { next: () => `${prefix}-${String(++counter).padStart(4, '0')}` };
}
