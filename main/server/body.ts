/** Reads a request body up to a byte limit, without buffering more than the limit. */
import type { IncomingMessage } from "node:http";
import { isMethodName, LIMITS, type MethodName } from "../../shared/api/schemas";

/** A note may be 1 MB of text; 2 MB leaves room for JSON escaping and multi-byte characters. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Methods whose argument may be larger than a note, from the contract's limits. An import file may be
 * 64 MB of text; as a JSON string its backslashes, quotes and line ends are escaped, which can double it.
 */
const METHOD_BODY_BYTES: Partial<Record<MethodName, number>> = {
  previewImport: 2 * LIMITS.importBytes + MAX_BODY_BYTES,
};

/** The largest body `POST /api/<method>` accepts. */
export function bodyLimit(method: string): number {
  return (isMethodName(method) ? METHOD_BODY_BYTES[method] : undefined) ?? MAX_BODY_BYTES;
}

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
