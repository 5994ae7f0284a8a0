/** A worker for the pool's tests: answers, throws, dies, or blocks on demand (bundled by test/setup). */
import { threadId } from "node:worker_threads";
import { serveTasks } from "../../../main/workers/serve-tasks";

export const faultyTasks = {
  echo: (value: unknown) => ({ value, threadId }),
  /** A payload with long strings (sent in pieces): their lengths and ends, and the other fields. */
  measure: ({ a, b, n }: { a: string; b: string; n: number }) => ({
    a: [a.length, a.slice(-3)],
    b: [b.length, b.slice(-3)],
    n,
  }),
  /** A result in parts. */
  *count(n: number) {
    for (let i = 0; i < n; i++) yield { i };
  },
  throws: (message: string) => {
    throw new Error(message);
  },
  exits: (code: number) => process.exit(code),
  /** Busy for `ms` on the worker's thread, then answers. */
  spin: (ms: number) => {
    const end = Date.now() + ms;
    while (Date.now() < end);
    return "done";
  },
  /** An uncaught error after the task started: the worker dies with it. */
  crashes: (message: string) =>
    new Promise(() => {
      setTimeout(() => {
        throw new Error(message);
      });
    }),
  /** Allocates until the heap is full. */
  hogs: () => {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(100_000).fill(hoard.length));
  },
  /** Never answers. */
  hangs: () => new Promise(() => {}),
  uncloneable: () => ({ fn: () => 1 }),
};

serveTasks(faultyTasks);
