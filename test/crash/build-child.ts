/** Bundles the crash child (TypeScript) into a runnable .mjs with esbuild. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** `entry` defaults to this folder's crash-child.ts (a bundled caller passes the path itself). */
export async function buildCrashChild(
  entry = fileURLToPath(new URL("./crash-child.ts", import.meta.url)),
): Promise<string> {
  const outfile = join(await mkdtemp(join(tmpdir(), "folio-crash-")), "crash-child.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "warning",
  });
  return outfile;
}
