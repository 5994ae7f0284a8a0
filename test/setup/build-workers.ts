/**
 * vitest globalSetup: worker threads cannot run the TypeScript sources, so the worker entries are
 * bundled once per run (scripts/worker-bundles.mjs, as `npm run build` does) into a temp folder that
 * worker-bundles.ts points the core at. Removed after the run.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";
import { buildWorkers } from "../../scripts/worker-bundles.mjs";

/** Workers only tests start (faults on demand). */
const TEST_WORKERS = [fileURLToPath(new URL("../main/workers/faulty-worker.ts", import.meta.url))];

declare module "vitest" {
  export interface ProvidedContext {
    workerDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "folio-workers-"));
  await buildWorkers(dir, TEST_WORKERS);
  project.provide("workerDir", `${pathToFileURL(dir).href}/`);
  return () => rm(dir, { recursive: true, force: true });
}
