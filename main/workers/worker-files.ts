/**
 * Where the worker bundles are. `npm run build` writes each worker entry (main/workers/*-worker.ts) to
 * dist/workers/<name>.cjs, beside dist/cli, dist/electron and dist/bench, so every bundle finds them at
 * ../workers/ from its own file (the Electron main is CommonJS: scripts/build.mjs defines its
 * import.meta.url). CommonJS because Electron loads it from inside app.asar.
 *
 * Running from the TypeScript sources (vitest) there is no bundle beside this file and worker threads
 * do not run TypeScript: test/setup/build-workers.ts bundles the entries with esbuild once per run and
 * test/setup/worker-bundles.ts points here with `setWorkerDirectory`. An injected directory, not an environment variable, so nothing
 * outside the process can make the packaged app load another script.
 */

let directory: URL | undefined;

/** Load worker bundles from `dir` (a folder URL ending in "/") instead of dist/workers. */
export function setWorkerDirectory(dir: URL): void {
  directory = dir;
}

/** The bundle of the worker entry main/workers/<name>.ts. */
export function workerFile(name: string): URL {
  return new URL(`${name}.cjs`, directory ?? new URL("../workers/", import.meta.url));
}
