/** IPC channel names, shared by main and the preload (so this file imports nothing at runtime). */
import type { MethodName } from "../../shared/api/schemas";

export function methodChannel<M extends MethodName>(method: M): `folio:${M}` {
  return `folio:${method}`;
}

/** Main -> renderer: `(name: EventName, payload: FolioEvents[name])`. */
export const EVENT_CHANNEL = "folio:event";
