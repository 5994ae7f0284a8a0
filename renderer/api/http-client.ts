/**
 * The browser-mode transport: the same FolioBridge as Electron's preload, over the loopback server.
 * Calls are `POST /api/<method>` with the run's token; events arrive over one shared EventSource.
 * Renderer-safe: no Node modules (it must also type-check without DOM types, for its Node tests).
 */
import type { EventName, FolioApi, FolioBridge, FolioEvents, Unsubscribe } from "../../shared/api/contract";
import { ERROR_CODES, type ErrorPayload, FolioError, isEnvelope } from "../../shared/api/errors";
import { METHOD_NAMES, type MethodName } from "../../shared/api/schemas";

/** The part of EventSource this client uses; tests may inject their own. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

export interface HttpBridgeOptions {
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSourceLike;
}

const UNREACHABLE = "Folio's server is not reachable. Is `folio serve` still running?";

function defaultEventSource(url: string): EventSourceLike {
  // Looked up at call time through globalThis so this file type-checks without the DOM lib.
  const Ctor = (globalThis as { EventSource?: new (url: string) => EventSourceLike }).EventSource;
  if (!Ctor) throw new FolioError("INTERNAL", "This browser cannot receive live updates (no EventSource)");
  return new Ctor(url);
}

/** A server reply's error, with an unknown code (from a newer or broken server) read as INTERNAL. */
function toFolioError(error: ErrorPayload): FolioError {
  const known = (ERROR_CODES as readonly string[]).includes(error.code);
  return known ? FolioError.fromPayload(error) : new FolioError("INTERNAL", error.message, error.details);
}

const KEEPALIVE_LIMIT = 60_000;

export function createHttpBridge(baseUrl: string, token: string, options: HttpBridgeOptions = {}): FolioBridge {
  const base = baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const createEventSource = options.createEventSource ?? defaultEventSource;

  async function callMethod(method: MethodName, arg: unknown): Promise<unknown> {
    let res: Response;
    const body = JSON.stringify(arg ?? {});
    try {
      res = await doFetch(`${base}/api/${method}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body,
        // Lets a note saved as the tab closes still arrive; browsers cap keepalive bodies at 64 KB.
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch (err) {
      throw new FolioError("INTERNAL", `${UNREACHABLE} (${(err as Error).message})`);
    }
    let reply: unknown;
    try {
      reply = await res.json();
    } catch (err) {
      throw new FolioError("INTERNAL", `Folio's server sent an unreadable reply (HTTP ${res.status}): ${err}`);
    }
    if (!isEnvelope(reply))
      throw new FolioError("INTERNAL", `Folio's server sent an unexpected reply (HTTP ${res.status})`);
    if (!reply.ok) throw toFolioError(reply.error);
    return reply.result;
  }

  // Built from the method list, so a new method in the contract needs no change here. The cast is
  // needed because TypeScript cannot type an object assembled key by key from a union.
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, (arg: unknown) => callMethod(method, arg)]),
  ) as unknown as FolioApi;

  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSourceLike | undefined;

  function deliver(event: EventName, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch (err) {
      console.warn(`[folio] ignoring a malformed "${event}" event:`, err);
      return;
    }
    for (const listener of listeners.get(event) ?? []) (listener as (p: unknown) => void)(payload);
  }

  /** One EventSource for every listener; it reconnects on its own and closes with the last listener. */
  function ensureSource(): void {
    if (source) return;
    const es = createEventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    for (const event of [...listeners.keys()]) es.addEventListener(event, (e) => deliver(event, e.data));
    // Changes made while the stream was not connected (before the first connection, or while it
    // reconnects after the server restarted) sent no event: on every (re)connection, tell the page the
    // library may have changed so it fetches what it shows again.
    es.addEventListener("open", () => deliver("library-changed", JSON.stringify({ scope: "corpus" })));
    source = es;
  }

  function on<E extends EventName>(event: E, listener: (payload: FolioEvents[E]) => void): Unsubscribe {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
      source?.addEventListener(event, (e) => deliver(event, e.data));
    }
    set.add(listener);
    ensureSource();
    return () => {
      set.delete(listener);
      const remaining = [...listeners.values()].reduce((n, s) => n + s.size, 0);
      if (remaining === 0 && source) {
        source.close();
        source = undefined;
      }
    };
  }

  return { ...api, on };
}
