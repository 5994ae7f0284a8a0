/** The import parser the core uses: parse-tasks.ts in a worker thread (parse-worker.ts). */
import type { ImportRead } from "../formats/import";
import { joinRead, parseTasks, type ReadRequest } from "./parse-tasks";
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

/** Detect (unless given) and read an import file. Rejects with TaskFailed for a file it cannot read. */
export async function readImportWith(pool: ParsePool, request: ReadRequest): Promise<ImportRead> {
  return joinRead(await pool.run("read", request));
}
