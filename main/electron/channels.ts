/** IPC channel names, shared by main and the preload (so this file imports nothing at runtime). */
import type { MethodName } from "../../shared/api/schemas";
import type { ShellMethodName } from "../../shared/api/shell";

export function methodChannel<M extends MethodName>(method: M): `folio:${M}` {
  return `folio:${method}`;
}

/** The Electron-only methods (native dialogs), apart from the contract's: `folio-shell:<method>`. */
export function shellChannel<M extends ShellMethodName>(method: M): `folio-shell:${M}` {
  return `folio-shell:${method}`;
}

/** Main -> renderer: `(name: EventName, payload: FolioEvents[name])`. */
export const EVENT_CHANNEL = "folio:event";
