/** A real server over a real seeded library on a temp data dir, plus raw HTTP helpers for tests. */
import { mkdir, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { call } from "../../../main/core/dispatch";
import type { Library } from "../../../main/core/library";
import { type RunningServer, startServer } from "../../../main/server/server";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

export const INDEX_HTML = "<!doctype html><title>Folio test</title><p>hello</p>\n";

export interface TestServer {
  root: string;
  dataDir: string;
  rendererDir: string;
  library: Library;
  server: RunningServer;
  origin: string;
  /** POST /api/<method> with the token, JSON content type, and `arg` as the body. */
  api(method: string, arg?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** The id of the first paper in the library. */
  firstId(): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const root = await makeTempDir();
  const dataDir = join(root, "data");
  const rendererDir = join(root, "renderer");
  await mkdir(join(rendererDir, "assets"), { recursive: true });
  await writeFile(join(rendererDir, "index.html"), INDEX_HTML);
  await writeFile(join(rendererDir, "assets", "app.js"), "console.log('folio');\n");
  // A file beside the renderer dir that traversal attempts aim at.
  await writeFile(join(root, "secret.txt"), "TOP SECRET\n");
  const library = await openSeeded(dataDir);
  const server = await startServer({ library, rendererDir, port: 0 });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    root,
    dataDir,
    rendererDir,
    library,
    server,
    origin,
    api: (method, arg = {}, headers = {}) =>
      fetch(`${origin}/api/${method}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json", ...headers },
        body: JSON.stringify(arg),
      }),
    async firstId() {
      const page = await call(library.handlers, "query", { limit: 1 });
      const id = page.items[0]?.id;
      if (!id) throw new Error("empty library");
      return id;
    },
    async stop() {
      await server.close();
      await library.close();
      await removeDir(root);
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http request with a raw (unnormalized) path and any headers, including Host. */
export function rawRequest(
  port: number,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: opts.path, method: opts.method ?? "GET", headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

export interface SseMessage {
  event: string;
  data: string;
}

/** Parse complete SSE messages out of `buffer`; returns the messages and the unparsed rest. */
export function parseSse(buffer: string): { messages: SseMessage[]; rest: string } {
  const messages: SseMessage[] = [];
  const blocks = buffer.split("\n\n");
  const rest = blocks.pop() ?? "";
  for (const block of blocks) {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (data.length > 0) messages.push({ event, data: data.join("\n") });
  }
  return { messages, rest };
}

/** Open the event stream with fetch; `next(name)` resolves with the next message of that event. */
export async function openEventStream(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const body = res.body;
  if (!body) throw new Error("event stream has no body");
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const queue: SseMessage[] = [];
  let buffer = "";
  async function next(event: string): Promise<SseMessage> {
    for (;;) {
      const at = queue.findIndex((m) => m.event === event);
      if (at !== -1) return queue.splice(at, 1)[0] as SseMessage;
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`event stream ended before a "${event}" event`);
      const parsed = parseSse(buffer + chunk.value);
      buffer = parsed.rest;
      queue.push(...parsed.messages);
    }
  }
  return { res, next, close: () => controller.abort() };
}

/** A decoded JSON reply. `any` on purpose: tests reach into many result shapes and assert on them. */
// biome-ignore lint/suspicious/noExplicitAny: see the comment above
export type Json = any;
export const json = (res: Response): Promise<Json> => res.json();
