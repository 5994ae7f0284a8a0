/**
 * Heavy work off the thread that answers calls: one long-lived worker thread, started on the first
 * task, running named tasks (a task table, see task-protocol.ts) one at a time in the order asked.
 * Large payload strings and generator results cross in pieces, so copying them never blocks this
 * thread for long either (task-protocol.ts).
 *
 * - A task that throws rejects with TaskFailed (its message); the worker carries on.
 * - A worker that dies (process.exit, an uncaught error, out of memory) fails only the task it was
 *   running, with a FolioError saying so; the next task starts a new worker.
 * - `close()` fails what is queued and terminates the worker. An idle worker never keeps the process
 *   alive (it is unref'd between tasks), so a forgotten close cannot hang a CLI run.
 * - `inline` runs the same table on this thread, synchronously as the call is made: the design before
 *   workers, kept for the bench's comparison.
 */
import { type ResourceLimits, Worker } from "node:worker_threads";
import { FolioError } from "../../shared/api/errors";
import {
  isGenerator,
  PIECE,
  type TaskReply,
  type TaskRequest,
  type TaskResult,
  type TaskTable,
  unpackPart,
} from "./task-protocol";

/** A task's own error (bad input, usually), with the message the task gave. */
export class TaskFailed extends Error {
  override name = "TaskFailed";
}

export interface WorkerPoolOptions<T extends TaskTable> {
  /** The worker's bundle: a script that calls serveTasks with the same table. */
  file: URL;
  /** What the worker does, for messages: "The import parser". */
  label: string;
  /** Run the tasks on this thread instead. */
  inline?: T;
  /** The worker's heap limits (by default those of this process): past them it dies, not the process. */
  resourceLimits?: ResourceLimits;
}

type Result<T extends TaskTable, K extends keyof T> = TaskResult<ReturnType<T[K]>>;

interface Job {
  id: number;
  task: string;
  payload: unknown;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

export class WorkerPool<T extends TaskTable> {
  private readonly queue: Job[] = [];
  private current: Job | undefined;
  private worker: Worker | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions<T>) {}

  run<K extends keyof T & string>(task: K, payload: Parameters<T[K]>[0]): Promise<Result<T, K>> {
    if (this.closed) return Promise.reject(this.closedError());
    const { inline } = this.options;
    if (inline) {
      try {
        const result = inline[task]?.(payload);
        return Promise.resolve((isGenerator(result) ? [...result] : result) as Result<T, K>);
      } catch (err) {
        return Promise.reject(new TaskFailed((err as Error).message));
      }
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, payload, resolve: resolve as Job["resolve"], reject });
      this.pump();
    });
  }

  /** Fail what is queued or running and stop the worker; resolves once its thread has ended. */
  async close(): Promise<void> {
    this.closed = true;
    const error = this.closedError();
    for (const job of this.queue.splice(0)) job.reject(error);
    this.current?.reject(error);
    this.current = undefined;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private pump(): void {
    if (this.current || this.closed) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    this.current = job;
    const worker = this.worker ?? this.start();
    worker.ref();
    void this.send(worker, job);
  }

  /** Long string fields first, a piece per turn, then the request with the rest of the payload. */
  private async send(worker: Worker, job: Job): Promise<void> {
    const post = (request: TaskRequest) => worker.postMessage(request);
    let payload = job.payload;
    if (payload !== null && typeof payload === "object" && !Array.isArray(payload)) {
      const rest: Record<string, unknown> = { ...payload };
      for (const [field, value] of Object.entries(rest)) {
        if (typeof value !== "string" || value.length <= PIECE) continue;
        delete rest[field];
        for (let at = 0; at < value.length; at += PIECE) {
          post({ kind: "piece", id: job.id, field, text: value.slice(at, at + PIECE) });
          await new Promise(setImmediate);
          if (this.current !== job || this.worker !== worker) return; // failed or closed meanwhile
        }
      }
      payload = rest;
    }
    post({ kind: "run", id: job.id, task: job.task, payload });
  }

  /** A generator task's parts, read back one per turn. */
  private async unpack(parts: ArrayBuffer[]): Promise<unknown[]> {
    const out = [];
    for (const part of parts) {
      out.push(unpackPart(part));
      await new Promise(setImmediate);
    }
    return out;
  }

  private start(): Worker {
    const { file, resourceLimits } = this.options;
    const worker = new Worker(file, resourceLimits ? { resourceLimits } : {});
    this.worker = worker;
    worker.on("message", (reply: TaskReply) => {
      const job = this.current;
      if (!job || reply.id !== job.id) return;
      this.current = undefined;
      if (!reply.ok) job.reject(new TaskFailed(reply.message));
      else if ("parts" in reply) this.unpack(reply.parts).then(job.resolve, job.reject);
      else job.resolve(reply.result);
      this.pump();
    });
    // An uncaught error ends the worker: 'exit' follows and fails the task with this reason.
    let reason = "";
    worker.on("error", (err) => {
      reason = err.message;
    });
    worker.on("messageerror", (err) => this.fail(new FolioError("INTERNAL", this.crashMessage(err.message))));
    worker.on("exit", (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.fail(new FolioError("INTERNAL", this.crashMessage(reason || `exit code ${code}`)));
    });
    return worker;
  }

  /** Fail the running task (the worker's trouble is its trouble only) and go on with the next. */
  private fail(err: FolioError): void {
    const job = this.current;
    this.current = undefined;
    job?.reject(err);
    this.pump();
  }

  private crashMessage(reason: string): string {
    return `${this.options.label} stopped unexpectedly (${reason}); nothing was changed. Try again.`;
  }

  private closedError(): FolioError {
    return new FolioError("INTERNAL", `${this.options.label} was stopped: the library is closing`);
  }
}
