/** A tiny typed emitter for the events main pushes (see FolioEvents in the contract). */
import type { EventName, FolioEvents } from "../../shared/api/contract";

type Listener<E extends EventName> = (payload: FolioEvents[E]) => void;

export class LibraryEvents {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as Listener<EventName>);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener<EventName>);
  }

  emit<E extends EventName>(event: E, payload: FolioEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
}
