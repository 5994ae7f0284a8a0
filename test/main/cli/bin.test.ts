/**
 * One smoke test of the built command (`node bin/folio.mjs`), for what in-process tests cannot show:
 * the bundle runs, and SIGTERM stops `serve` cleanly. Skipped (reported, not passed) without a build.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir, removeDir } from "../../helpers/temp-library";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const built = existsSync(join(ROOT, "dist/cli/folio.mjs")) && existsSync(join(ROOT, "dist/renderer/index.html"));

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe("bin/folio.mjs (needs `npm run build`)", () => {
  it.skipIf(!built)("serve prints the URL first and exits 0 on SIGTERM", async () => {
    const child = spawn(process.execPath, ["bin/folio.mjs", "serve", "--data-dir", dir, "--port", "0"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once("line", resolve);
      void exited.then((code) => reject(new Error(`folio serve exited (${code}): ${stderr}`)));
    });
    const match = /^Folio is running at (http:\/\/127\.0\.0\.1:\d+\/)#token=[\w-]{43}$/.exec(first);
    expect(match, first).not.toBeNull();
    const page = await fetch(match?.[1] as string);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(existsSync(join(dir, "library.json"))).toBe(true);
  });
});
