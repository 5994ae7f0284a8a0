/**
 * Browser mode: a loopback HTTP server that maps `POST /api/<method>` onto the library through
 * `dispatch`, streams library events over SSE, and serves the built renderer.
 */
import { randomBytes } from "node:crypto";
import { realpath } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FolioError } from "../../shared/api/errors";
import type { Library } from "../core/library";
import { handleApiCall } from "./api-route";
import { ConnectionTracker } from "./connections";
import { EventStreams } from "./event-stream";
import { bearerToken, checkOrigin, checkSingleHeaders, tokenMatches, UNAUTHORIZED_MESSAGE } from "./guards";
import { refuse, sendError, setSecurityHeaders } from "./responses";
import { serveStatic } from "./static-files";

export const LOOPBACK_HOST = "127.0.0.1";

export interface ServerOptions {
  library: Pick<Library, "handlers" | "events" | "notices">;
  /** The built renderer (dist/renderer), served as static files. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Only 127.0.0.1 is accepted; the option exists so a caller asking for anything else is refused loudly. */
  host?: string;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** This run's access token (base64url, 32 random bytes). */
  token: string;
  port: number;
  /** Stop accepting, end event streams, and resolve once every connection is closed. */
  close(): Promise<void>;
}

const EVENTS_PATH = "/api/events";
const API_PREFIX = "/api/";

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  if (opts.host !== undefined && opts.host !== LOOPBACK_HOST) {
    throw new FolioError("INVALID_ARGUMENT", `Folio's server binds ${LOOPBACK_HOST} only, not ${opts.host}`);
  }
  const realRoot = await realpath(opts.rendererDir);
  const token = randomBytes(32).toString("base64url");
  const streams = new EventStreams(opts.library.events, opts.library.notices);
  let port = 0;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const twice = checkSingleHeaders(req.headersDistinct);
    if (twice) {
      refuse(res, twice.status, { code: "INVALID_ARGUMENT", message: twice.message });
      return;
    }
    const refusal = checkOrigin(req.headers, port);
    if (refusal) {
      refuse(res, refusal.status, { code: "UNAUTHORIZED", message: refusal.message });
      return;
    }
    const raw = req.url ?? "/";
    const queryAt = raw.indexOf("?");
    const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
    if (!path.startsWith(API_PREFIX)) {
      await serveStatic(req, res, realRoot);
      return;
    }

    const isEvents = path === EVENTS_PATH && req.method === "GET";
    // EventSource cannot set headers, so the event stream takes the token as a query parameter.
    const given = isEvents
      ? (new URLSearchParams(queryAt === -1 ? "" : raw.slice(queryAt + 1)).get("token") ?? bearerToken(req.headers))
      : bearerToken(req.headers);
    if (!tokenMatches(given, token)) {
      refuse(res, 401, { code: "UNAUTHORIZED", message: UNAUTHORIZED_MESSAGE });
      return;
    }
    if (isEvents) streams.open(res);
    else await handleApiCall(req, res, opts.library.handlers, path.slice(API_PREFIX.length));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error("[folio] request failed:", err);
      if (res.headersSent) res.destroy(err instanceof Error ? err : undefined);
      else sendError(res, 500, { code: "INTERNAL", message: "The server failed to answer this request" });
    });
  });

  const connections = new ConnectionTracker(server);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, LOOPBACK_HOST, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((err: unknown) => {
    streams.close();
    throw err;
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${LOOPBACK_HOST}:${port}/`,
    token,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        streams.close();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeIdleConnections();
        connections.drain();
      });
      return closing;
    },
  };
}
