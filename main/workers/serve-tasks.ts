/**
 * The worker side of a WorkerPool (see task-protocol.ts): join the pieces of long payload strings,
 * run each request's task, and post its result (or its generator's parts), or its error's message.
 * Called once by a worker entry (e.g. parse-worker.ts) with its task table.
 */
import { parentPort } from "node:worker_threads";
import { isGenerator, packPart, type TaskReply, type TaskRequest, type TaskTable } from "./task-protocol";

export function serveTasks(tasks: TaskTable): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks must run in a worker thread");
  /** Pieces of long payload strings, by task id and field. */
  const pieces = new Map<number, Map<string, string[]>>();
  port.on("message", async (request: TaskRequest) => {
    if (request.kind === "piece") {
      const fields = pieces.get(request.id) ?? new Map<string, string[]>();
      pieces.set(request.id, fields);
      fields.set(request.field, [...(fields.get(request.field) ?? []), request.text]);
      return;
    }
    const { id, task } = request;
    let payload = request.payload;
    const fields = pieces.get(id);
    pieces.clear(); // with those of a task the pool gave up on while sending
    if (fields) {
      const whole: Record<string, unknown> = { ...(payload as object) };
      for (const [field, parts] of fields) whole[field] = parts.join("");
      payload = whole;
    }
    try {
      const run = Object.hasOwn(tasks, task) ? tasks[task] : undefined;
      if (!run) throw new Error(`unknown task "${task}"`);
      const result = await run(payload);
      if (isGenerator(result)) {
        const parts = [...result].map(packPart);
        port.postMessage({ id, ok: true, parts } satisfies TaskReply, parts);
      } else port.postMessage({ id, ok: true, result } satisfies TaskReply);
    } catch (err) {
      // Also a result that cannot be cloned (postMessage throws): the caller learns why.
      port.postMessage({
        id,
        ok: false,
        message: err instanceof Error ? err.message : String(err),
      } satisfies TaskReply);
    }
  });
}
