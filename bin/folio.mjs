#!/usr/bin/env node
// The `folio` command. The TypeScript sources are bundled into dist/ by `npm run build`, which
// `npm ci` runs (the prepare script), so this works right after install.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli/folio.mjs", import.meta.url);
if (!existsSync(cli)) {
  console.error("folio: not built yet. Run `npm run build` (npm ci does it for you), then try again.");
  process.exit(1);
}
await import(cli.href);
