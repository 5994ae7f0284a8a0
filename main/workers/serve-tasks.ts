/**
 * The worker side of a WorkerPool: run each request's task and post its result, or its error's
 * message. Called once by a worker entry (e.g. parse-worker.ts) with its task table.
 */
import { parentPort } from "node:worker_threads";
import type { TaskReply, TaskRequest, TaskTable } from "./task-protocol";

export function serveTasks(tasks: TaskTable): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks must run in a worker thread");
  port.on("message", async ({ id, task, payload }: TaskRequest) => {
    let reply: TaskReply;
    try {
      const run = Object.hasOwn(tasks, task) ? tasks[task] : undefined;
      if (!run) throw new Error(`unknown task "${task}"`);
      reply = { id, ok: true, result: await run(payload) };
      port.postMessage(reply);
    } catch (err) {
      // Also a result that cannot be cloned (postMessage throws): the caller learns why.
      reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
      port.postMessage(reply);
    }
  });
}
