/** What a worker pool and its worker say to each other: one request and one reply per task, by id. */

/** Named tasks a worker runs: plain data in, plain data out (structured-cloneable). */
// biome-ignore lint/suspicious/noExplicitAny: a task's payload type is its own; `unknown` would refuse every task.
export type TaskTable = Record<string, (payload: any) => unknown>;

export interface TaskRequest {
  id: number;
  task: string;
  payload: unknown;
}

export type TaskReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };
