import type { EventName, EventPayload } from '../../shared/contract/events';

type Listener = (event: EventName, payload: unknown) => void;

/** Fan-out of backend events to whichever transports are listening. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
