// Bundles every worker entry (main/workers/*-worker.ts, plus any extra entries given) into `outdir` as
// <name>.cjs: the files main/workers/worker-files.ts looks for. Used by `npm run build` (dist/workers),
// the bench and the unit tests (test/setup/build-workers.ts, which runs the workers from a temp dir).
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { build } from "esbuild";

const ROOT = new URL("../", import.meta.url).pathname;

/** @param {string} outdir @param {string[]} [extra] more entry files (absolute paths) */
export async function buildWorkers(outdir, extra = []) {
  const dir = join(ROOT, "main/workers");
  const entries = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith("-worker.ts"))
      .map((f) => join(dir, f)),
    ...extra,
  ];
  await build({
    entryPoints: Object.fromEntries(entries.map((e) => [basename(e, ".ts"), e])),
    outdir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: true,
    logLevel: "warning",
  });
}
