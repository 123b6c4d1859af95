import { z } from 'zod';

/** Events the backend pushes to the page; `on(event, listener)` subscribes. */
export const events = {
  /** After any write commits: lets every open screen refresh what it shows. */
  'data:changed': z.object({ channel: z.string(), entity: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
