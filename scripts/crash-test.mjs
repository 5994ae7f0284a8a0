// The long crash test (issue: nothing lost): SIGKILL the real core at random moments, N rounds.
// Usage: node scripts/crash-test.mjs [ROUNDS=100]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

// Inside the repo so the bundle resolves esbuild from node_modules.
const outfile = resolve("dist/crash/crash-script.mjs");
await build({
  entryPoints: ["test/crash/crash-script.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  external: ["esbuild"],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: "warning",
});
process.argv.splice(2, 0, ...(process.argv.length > 2 ? [] : ["100"]));
await import(pathToFileURL(outfile).href);
