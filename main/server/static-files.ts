/** Serves the built renderer. Needs no token (the page holds no data) but gets the Host check upstream. */
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { findStaticFile } from "./static-lookup";

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
  res.end(text);
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, realRoot: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    return;
  }
  const file = await findStaticFile(realRoot, req.url ?? "/");
  if (!file) {
    sendText(res, 404, "Not found\n");
    return;
  }
  res.writeHead(200, {
    "Content-Type": file.contentType,
    "Content-Length": file.size,
    "Cache-Control": file.cacheControl,
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
