/** The parse worker's entry (bundled to dist/workers/parse-worker.cjs): serves parse-tasks.ts. */
import { parseTasks } from "./parse-tasks";
import { serveTasks } from "./serve-tasks";

serveTasks(parseTasks);
