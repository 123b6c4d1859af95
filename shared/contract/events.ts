import { z } from 'zod';

/** Events the backend pushes to the page; `on(event, listener)` subscribes. */
export const events = {
  /** After any write commits: lets every open screen refresh what it shows. */
  'data:changed': z.object({ channel: z.string(), entity: z.string() }),
  /**
   * A seat's stream of events from the service host opened, or opened again
   * after a drop: changes made while it was closed were not heard, so the
   * window refetches what it shows. Sent first on every stream.
   */
  'events:opened': z.object({}),
  /** The desktop host is about to stop sharing (its app is closing): seats warn their users at once. */
  'host:closing': z.object({ message: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
