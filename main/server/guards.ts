/**
 * Who may talk to the server: only pages on this exact loopback origin (Host and Origin checks block
 * DNS rebinding and cross-site requests), and only with this run's token.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export type Refusal = { status: number; message: string } | undefined;

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/**
 * Headers a request may carry once. Node keeps the first of two Host or Authorization headers and joins
 * two Origins, so a second copy could make these checks read one value while a proxy reads another.
 */
const SINGLE_HEADERS = { host: "Host", origin: "Origin", authorization: "Authorization" };

/** `headersDistinct` lists every value a request sent for each header (lower-case names). */
export function checkSingleHeaders(headersDistinct: NodeJS.Dict<string[]>): Refusal {
  for (const [name, label] of Object.entries(SINGLE_HEADERS)) {
    if ((headersDistinct[name]?.length ?? 0) > 1) {
      return { status: 400, message: `Refused: the request has more than one ${label} header` };
    }
  }
  return undefined;
}

/** The Host check applies to every request; the Origin check to any request that carries one. */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): Refusal {
  const host = headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).has(host)) {
    return {
      status: 403,
      message: `Refused: Folio only answers requests addressed to 127.0.0.1:${port} or localhost:${port}`,
    };
  }
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) {
    return { status: 403, message: "Refused: requests from other web pages are not allowed" };
  }
  return undefined;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Constant-time comparison; hashing first makes the lengths equal and hides the token's length. */
export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (typeof given !== "string" || given === "") return false;
  return timingSafeEqual(digest(given), digest(token));
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? "");
  return match?.[1];
}

export const UNAUTHORIZED_MESSAGE =
  "Missing or wrong access token. Open the address printed by `folio serve` (it ends with #token=...).";

/** application/json, with or without parameters such as charset. */
export function isJsonContentType(value: string | undefined): boolean {
  const type = value?.split(";", 1)[0]?.trim().toLowerCase();
  return type === "application/json";
}
