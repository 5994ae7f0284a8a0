/** Serves the built renderer. Needs no token (the page holds no data) but gets the Host check upstream. */
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename } from "node:path";
import { contentTypeOf } from "./content-types";
import { isInside, resolveStaticPath } from "./path-guard";

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
  res.end(text);
}

/** The real path of a regular file inside `realRoot`, or undefined (missing, a folder, or a symlink out). */
async function servableFile(realRoot: string, candidate: string): Promise<{ path: string; size: number } | undefined> {
  try {
    const real = await realpath(candidate);
    if (!isInside(realRoot, real)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw err;
  }
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, realRoot: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    return;
  }
  const candidate = resolveStaticPath(realRoot, req.url ?? "/");
  const file = candidate && (await servableFile(realRoot, candidate));
  if (!file) {
    sendText(res, 404, "Not found\n");
    return;
  }
  res.writeHead(200, {
    "Content-Type": contentTypeOf(file.path),
    "Content-Length": file.size,
    "Cache-Control": basename(file.path) === "index.html" ? "no-store" : "no-cache",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on("error", (err) => {
    console.error(`[folio] reading ${file.path} failed:`, err);
    res.destroy(err);
  });
  stream.pipe(res);
}
