/**
 * The one entry point every transport uses: validate the argument against the method's schema, call
 * the handler, and wrap the outcome in an envelope. Invalid input changes nothing.
 */
import type { FolioHandlers, MethodResults } from "../../shared/api/contract";
import { type Envelope, FolioError } from "../../shared/api/errors";
import { isMethodName, type MethodName, methodSchemas } from "../../shared/api/schemas";

export async function dispatch(handlers: FolioHandlers, method: string, arg: unknown): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: "UNKNOWN_METHOD", message: `Unknown method "${String(method).slice(0, 80)}"` } };
  }
  const parsed = methodSchemas[method].safeParse(arg ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".") || "(argument)"}: ${i.message}`);
    return {
      ok: false,
      error: { code: "INVALID_ARGUMENT", message: `Invalid argument for ${method}: ${details[0]}`, details },
    };
  }
  try {
    // The schema map and the handler map are keyed alike; TypeScript cannot correlate the two unions.
    const handler = handlers[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof FolioError) return { ok: false, error: err.toPayload() };
    console.error(`[folio] ${method} failed:`, err);
    return { ok: false, error: { code: "INTERNAL", message: `${method} failed: ${(err as Error).message}` } };
  }
}

/** For in-process callers (CLI): the same validation, throwing a FolioError on failure. */
export async function call<M extends MethodName>(
  handlers: FolioHandlers,
  method: M,
  arg: unknown,
): Promise<MethodResults[M]> {
  const env = await dispatch(handlers, method, arg);
  if (!env.ok) throw FolioError.fromPayload(env.error);
  return env.result as MethodResults[M];
}
