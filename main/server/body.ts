/** Reads a request body up to a byte limit, without buffering more than the limit. */
import type { IncomingMessage } from "node:http";

/** A note may be 1 MB of text; 2 MB leaves room for JSON escaping and multi-byte characters. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: "too-large" };

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: "too-large" });

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        chunks.length = 0;
        resolve({ ok: false, reason: "too-large" });
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve({ ok: true, text: Buffer.concat(chunks).toString("utf8") }));
    req.on("error", reject);
  });
}
