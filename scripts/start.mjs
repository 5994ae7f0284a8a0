// `npm start`: build, then launch the Electron app. Where no Electron binary is installed (it is
// downloaded from GitHub releases, which some machines cannot reach) say so and point to browser mode.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require("electron"); // the package exports the binary's path
    return typeof path === "string" && existsSync(path) ? path : undefined;
  } catch {
    return undefined; // the package throws when its binary was never downloaded
  }
}

const build = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
if (!binary) {
  console.error(
    "folio: no Electron binary is installed on this machine; run `npx folio serve` and open the printed URL for browser mode.",
  );
  process.exit(1);
}
const child = spawn(binary, [".", ...process.argv.slice(2)], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
