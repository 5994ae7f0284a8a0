// Builds everything `npm start`, `folio serve` and the CLI run: the Node side with esbuild, the
// renderer with Vite. Runs on `npm ci` (prepare) so `npx folio` works right after install.
import { build as esbuild } from "esbuild";
import { build as viteBuild } from "vite";
import { buildWorkers } from "./worker-bundles.mjs";

const node = { bundle: true, platform: "node", target: "node20", sourcemap: true, logLevel: "warning" };

await Promise.all([
  esbuild({
    ...node,
    entryPoints: { main: "main/electron/main.ts" },
    outdir: "dist/electron",
    outExtension: { ".js": ".cjs" },
    format: "cjs",
    external: ["electron"],
    // CommonJS has no import.meta; main/workers/worker-files.ts finds dist/workers from it.
    define: { "import.meta.url": "__folio_import_meta_url" },
    banner: { js: 'const __folio_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  }),
  esbuild({
    ...node,
    // A sandboxed preload must be one CommonJS file that requires nothing but electron.
    entryPoints: { preload: "main/electron/preload.ts" },
    outdir: "dist/electron",
    outExtension: { ".js": ".cjs" },
    format: "cjs",
    external: ["electron"],
  }),
  esbuild({
    ...node,
    entryPoints: { folio: "main/cli/index.ts" },
    outdir: "dist/cli",
    outExtension: { ".js": ".mjs" },
    format: "esm",
    // Some bundled CommonJS dependencies call require(); give ESM output one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  buildWorkers("dist/workers"),
]);
await viteBuild({ configFile: "vite.config.ts", logLevel: "warn" });
console.log("folio: build complete (dist/)");
