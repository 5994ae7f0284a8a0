/**
 * What a worker pool and its worker say to each other, by task id. Two things keep the calling
 * thread free while large values cross (a 20 MB file, 10,000 parsed papers take 50-400 ms to copy
 * in one piece):
 *
 * - a long string field of the payload goes ahead in pieces, one message per turn of the event loop,
 *   and is joined again in the worker before the task runs;
 * - a task that returns a generator sends its parts serialized (v8.serialize, in the worker) and
 *   transferred; the pool reads them back one part per turn and resolves with the array of parts.
 */
import { deserialize, serialize } from "node:v8";

/** Named tasks a worker runs: plain data in, plain data (or a generator of parts) out. */
// biome-ignore lint/suspicious/noExplicitAny: a task's payload type is its own; `unknown` would refuse every task.
export type TaskTable = Record<string, (payload: any) => unknown>;

/** What `run` resolves with: the parts of a generator task, else the task's value. */
export type TaskResult<R> = R extends Generator<infer P, unknown, unknown> ? P[] : Awaited<R>;

/** Strings longer than this travel in pieces of this length. */
export const PIECE = 1 << 20;

export type TaskRequest =
  | { kind: "piece"; id: number; field: string; text: string }
  | { kind: "run"; id: number; task: string; payload: unknown };

export type TaskReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: true; parts: ArrayBuffer[] }
  | { id: number; ok: false; message: string };

export function isGenerator(value: unknown): value is Generator<unknown> {
  const v = value as Generator<unknown> | null;
  return typeof v?.next === "function" && typeof v[Symbol.iterator] === "function" && !Array.isArray(v);
}

/** One part as its own buffer, ready to transfer. */
export function packPart(part: unknown): ArrayBuffer {
  const bytes = serialize(part);
  const own = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(own).set(bytes);
  return own;
}

export function unpackPart(buffer: ArrayBuffer): unknown {
  return deserialize(new Uint8Array(buffer));
}
