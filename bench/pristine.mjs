// Shared by `npm run bench` (scripts/bench.mjs) and `npm run bench:browser` (bench/first-rows-browser.mjs):
// bundling the bench children, and the generated library both start from (cached by size).
import { spawn } from "node:child_process";
import { mkdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { buildWorkers } from "../scripts/worker-bundles.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
/** Bump when bench/generate.ts changes what it makes: the cached libraries are then made again. */
const GENERATOR_VERSION = "1";

/** Bundle bench/<entry>.ts into dist/bench/<entry>.mjs, and the workers the core starts into dist/workers. */
export async function buildBenchChildren(entries) {
  await buildWorkers(join(ROOT, "dist/workers"));
  await build({
    entryPoints: Object.fromEntries(entries.map((e) => [e, join(ROOT, `bench/${e}.ts`)])),
    outdir: join(ROOT, "dist/bench"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "warning",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

/** The folder holding everything made for libraries of `size` papers under `base`. */
export function sizeDir(base, size) {
  return join(base, `v${GENERATOR_VERSION}-${size}`);
}

export const exists = (p) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** The pristine generated library of `size` papers under `base`, generated first when missing. */
export async function pristineLibrary(base, size) {
  const pristine = join(sizeDir(base, size), "pristine");
  if (await exists(join(pristine, "library.json"))) return pristine;
  process.stdout.write(`generating ${size.toLocaleString("en")} papers... `);
  await buildBenchChildren(["generate-child"]);
  await rm(pristine, { recursive: true, force: true });
  await mkdir(pristine, { recursive: true });
  await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, "dist/bench/generate-child.mjs"), pristine, String(size), join(ROOT, "data/trending-papers.txt")],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`generate-child exited with ${code}`))));
  });
  console.log("done");
  return pristine;
}
