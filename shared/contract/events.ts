import { z } from 'zod';

/** Events the backend pushes to the page; `on(event, listener)` subscribes. */
export const events = {
  /** After any write commits: lets every open screen refresh what it shows. */
  'data:changed': z.object({ channel: z.string(), entity: z.string() }),
  /** The desktop host is about to stop sharing (its app is closing): seats warn their users at once. */
  'host:closing': z.object({ message: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
