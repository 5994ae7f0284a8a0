/** Bundled and run by worker-pool.test.ts: runs a task and never closes its pool; the process must still end. */
import { setWorkerDirectory, workerFile } from "../../../main/workers/worker-files";
import { WorkerPool } from "../../../main/workers/worker-pool";
import type { faultyTasks } from "./faulty-worker";

setWorkerDirectory(new URL(process.argv[2] ?? ""));
const pool = new WorkerPool<typeof faultyTasks>({ file: workerFile("faulty-worker"), label: "The test worker" });
const answer = await pool.run("echo", "hello");
process.stdout.write(`${JSON.stringify(answer.value)}\n`);
