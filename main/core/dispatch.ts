/**
 * The one entry point every transport uses: validate the argument against the method's schema, call
 * the handler, and wrap the outcome in an envelope. Invalid input changes nothing.
 */

import type { ZodSafeParseResult } from "zod";
import type { FolioHandlers, MethodResults } from "../../shared/api/contract";
import { type Envelope, FolioError } from "../../shared/api/errors";
import { type MethodName, methodSchemas } from "../../shared/api/schemas";
import { diskTrouble } from "./store/disk-errors";

/** A map of method name -> argument schema, and the handlers keyed alike. */
type SchemaMap = Readonly<Record<string, { safeParse(v: unknown): ZodSafeParseResult<unknown> }>>;

/**
 * Validate `arg` against `schemas[method]`, run the handler, wrap the outcome. Shared by the contract
 * (`dispatch`) and the Electron-only shell methods, so both answer alike.
 */
export async function dispatchWith(
  schemas: SchemaMap,
  handlers: Readonly<Record<string, unknown>>,
  method: string,
  arg: unknown,
): Promise<Envelope<unknown>> {
  if (typeof method !== "string" || !Object.hasOwn(schemas, method)) {
    return { ok: false, error: { code: "UNKNOWN_METHOD", message: `Unknown method "${String(method).slice(0, 80)}"` } };
  }
  const parsed = (schemas[method] as SchemaMap[string]).safeParse(arg ?? {});
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
    const disk = diskTrouble(err);
    if (disk) return { ok: false, error: { code: "INTERNAL", message: `${disk}: ${method} could not save its work` } };
    return { ok: false, error: { code: "INTERNAL", message: `${method} failed: ${(err as Error).message}` } };
  }
}

export function dispatch(handlers: FolioHandlers, method: string, arg: unknown): Promise<Envelope<unknown>> {
  return dispatchWith(methodSchemas, handlers, method, arg);
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
