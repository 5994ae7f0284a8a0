/** Structured errors that cross every transport unchanged. */
export const ERROR_CODES = [
  "INVALID_ARGUMENT",
  "NOT_FOUND",
  "UNKNOWN_METHOD",
  "UNAUTHORIZED",
  /** A write to a library opened read-only (its folder cannot be written). */
  "READ_ONLY",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** For INVALID_ARGUMENT: where and what, one line each. */
  details?: string[];
}

export class FolioError extends Error {
  readonly code: ErrorCode;
  readonly details?: string[];
  constructor(code: ErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = "FolioError";
    this.code = code;
    this.details = details;
  }
  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
  static fromPayload(p: ErrorPayload): FolioError {
    return new FolioError(p.code, p.message, p.details);
  }
}

/** What every transport carries back: a result or a structured error, never a thrown stack. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload };

export function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (typeof v !== "object" || v === null || !("ok" in v)) return false;
  const e = v as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (e.ok === true) return "result" in v;
  return e.ok === false && typeof e.error?.code === "string" && typeof e.error.message === "string";
}
