import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("one process per data dir", () => {
  it("a second opener is refused with a clear message while the first holds it", async () => {
    const first = await openSeeded(dir);
    try {
      await expect(openSeeded(dir)).rejects.toThrow(/Another Folio is using .*Close it first/);
      const lock = JSON.parse(await readFile(join(dir, "folio.lock"), "utf8"));
      expect(lock.pid).toBe(process.pid);
    } finally {
      await first.close();
    }
    const second = await openSeeded(dir);
    await second.close();
  });

  it("a lock left by a crashed process is stale and taken over", async () => {
    await writeFile(
      join(dir, "folio.lock"),
      JSON.stringify({ pid: deadPid(), host: hostname(), command: "serve", since: "2026-01-01T00:00:00.000Z" }),
    );
    const lib = await openSeeded(dir);
    expect(JSON.parse(await readFile(join(dir, "folio.lock"), "utf8")).pid).toBe(process.pid);
    await lib.close();
  });

  it("a torn lock file is taken over", async () => {
    await writeFile(join(dir, "folio.lock"), '{"pid":');
    const lib = await openSeeded(dir);
    await lib.close();
  });

  it("close releases the lock", async () => {
    const lib = await openSeeded(dir);
    await lib.close();
    await expect(readFile(join(dir, "folio.lock"))).rejects.toThrow(/ENOENT/);
  });
});
