/** vitest setupFiles: the core starts its workers from the bundles build-workers.ts made for this run. */
import { inject } from "vitest";
import { setWorkerDirectory } from "../../main/workers/worker-files";

setWorkerDirectory(new URL(inject("workerDir")));
