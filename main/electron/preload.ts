/**
 * The sandboxed preload: exposes ONE object, `window.folio`, with a named function per contract method
 * plus `on(event, listener)`, and `shell` with a named function per Electron-only method (native
 * dialogs, shared/api/shell.ts). No generic send/invoke reaches the page.
 *
 * Errors: main answers with an Envelope; an error envelope becomes a rejected promise whose reason is a
 * plain object `{ name: "FolioError", code, message, details? }`. A plain object, not an Error, because
 * contextBridge copies an Error as message-only and would drop `code`. Renderer code reads `err.code`
 * and `err.message` (or `FolioError.fromPayload(err)` to get a real FolioError).
 *
 * Bundled alone to CommonJS (dist/electron/preload.cjs): a sandboxed preload may require only
 * "electron". The method list comes from the contract's schemas, so zod is bundled in with it.
 */
// First: zod must be jitless before any schema is built (see the module).
import "../../shared/zod-jitless";
import { contextBridge, type IpcRendererEvent, ipcRenderer } from "electron";
import {
  EVENT_NAMES,
  type EventName,
  type FolioApi,
  type FolioBridge,
  type FolioEvents,
  type Unsubscribe,
} from "../../shared/api/contract";
import { type ErrorPayload, isEnvelope } from "../../shared/api/errors";
import { METHOD_NAMES } from "../../shared/api/schemas";
import { type FolioShellApi, SHELL_METHOD_NAMES } from "../../shared/api/shell";
import { EVENT_CHANNEL, methodChannel, shellChannel } from "./channels";

/** What a bridge call rejects with: survives contextBridge's structured copy intact. */
export type BridgeError = ErrorPayload & { name: "FolioError" };

function reject(error: ErrorPayload): Promise<never> {
  const reason: BridgeError = { name: "FolioError", ...error };
  return Promise.reject(reason);
}

async function call(channel: string, method: string, arg: unknown): Promise<unknown> {
  let envelope: unknown;
  try {
    envelope = await ipcRenderer.invoke(channel, arg);
  } catch (err) {
    // Electron's own failures (no handler, an argument it cannot clone) get the same shape as ours.
    return reject({ code: "INTERNAL", message: `${method}: ${(err as Error).message}` });
  }
  if (!isEnvelope(envelope)) return reject({ code: "INTERNAL", message: `${method}: malformed reply from main` });
  return envelope.ok ? envelope.result : reject(envelope.error);
}

// One function per method; each method's own types come from FolioApi (the loop cannot carry them).
const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (arg: unknown) => call(methodChannel(method), method, arg)]),
) as unknown as FolioApi;

const shell = Object.fromEntries(
  SHELL_METHOD_NAMES.map((method) => [method, (arg: unknown) => call(shellChannel(method), method, arg)]),
) as unknown as FolioShellApi;

function on<E extends EventName>(event: E, listener: (payload: FolioEvents[E]) => void): Unsubscribe {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event "${String(event)}"`);
  if (typeof listener !== "function") throw new Error("on(event, listener): listener must be a function");
  const relay = (_ipc: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload as FolioEvents[E]);
  };
  ipcRenderer.on(EVENT_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  };
}

const bridge = { ...api, on, shell } satisfies FolioBridge;

contextBridge.exposeInMainWorld("folio", bridge);
