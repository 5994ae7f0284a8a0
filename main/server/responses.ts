/** Response helpers: the security headers every response carries, and envelope replies. */
import type { ServerResponse } from "node:http";
import type { Envelope, ErrorCode, ErrorPayload } from "../../shared/api/errors";
import { HEADER_CSP } from "../../shared/csp";

/** On every response of the loopback server and of the packaged app's `app://` protocol. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": HEADER_CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  READ_ONLY: 409,
  INTERNAL: 500,
};

export function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : STATUS_OF[envelope.error.code];
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    ...extra,
  });
  res.end(text);
}

export function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  sendJson(res, statusOf(envelope), envelope);
}

/** An error envelope with an explicit HTTP status (for refusals that are not a handler's outcome). */
export function sendError(
  res: ServerResponse,
  status: number,
  error: ErrorPayload,
  extra: Record<string, string> = {},
): void {
  const envelope: Envelope<never> = { ok: false, error };
  sendJson(res, status, envelope, extra);
}

/**
 * An error sent before the request body was read: close the connection rather than drain the body
 * (a refused client gets no reused socket, and an unread body cannot hold the connection open).
 */
export function refuse(res: ServerResponse, status: number, error: ErrorPayload, extra: Record<string, string> = {}) {
  sendError(res, status, error, { ...extra, Connection: "close" });
}
