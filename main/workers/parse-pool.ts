/** The import parser the core uses: parse-tasks.ts in a worker thread (parse-worker.ts). */
import { parseTasks } from "./parse-tasks";
import { workerFile } from "./worker-files";
import { WorkerPool } from "./worker-pool";

export type ParsePool = WorkerPool<typeof parseTasks>;

/** `inline` parses on the calling thread instead: the design before workers, for the bench. */
export function createParsePool({ inline = false } = {}): ParsePool {
  return new WorkerPool({
    file: workerFile("parse-worker"),
    label: "The import parser",
    ...(inline ? { inline: parseTasks } : {}),
  });
}
