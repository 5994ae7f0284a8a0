/** The worker pool on real worker threads: results, task errors, crashes, restarts and close. */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createParsePool, readImportWith } from "../../../main/workers/parse-pool";
import { workerFile } from "../../../main/workers/worker-files";
import { TaskFailed, WorkerPool } from "../../../main/workers/worker-pool";
import { FolioError } from "../../../shared/api/errors";
import type { faultyTasks } from "./faulty-worker";

const FIXTURES = new URL("../../fixtures/import/", import.meta.url);

const pools: { close(): Promise<void> }[] = [];
function faultyPool() {
  const pool = new WorkerPool<typeof faultyTasks>({ file: workerFile("faulty-worker"), label: "The test worker" });
  pools.push(pool);
  return pool;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** The value, or the error's class and message: what a caller can observe of a call. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ value }),
    (err: Error) => ({ error: `${err.name}: ${err.message}` }),
  );

describe("the parse pool", () => {
  it("reads every import fixture exactly as the inline parse does", async () => {
    const worker = createParsePool();
    const inline = createParsePool({ inline: true });
    pools.push(worker, inline);
    const names = await readdir(FIXTURES);
    expect(names.length).toBeGreaterThan(20);
    for (const filename of names) {
      const text = await readFile(new URL(filename, FIXTURES), "utf8");
      const expected = await outcome(readImportWith(inline, { text, filename }));
      expect(await outcome(readImportWith(worker, { text, filename })), filename).toEqual(expected);
    }
  });

  it("a file that cannot be read fails with the parser's own message, and the next one is read", async () => {
    const pool = createParsePool();
    pools.push(pool);
    const bad = readImportWith(pool, { text: '{"folio": "backup", "version": 99}', format: "folio-json" });
    await expect(bad).rejects.toThrow(TaskFailed);
    await expect(bad).rejects.toThrow("written by a newer Folio");
    const text = await readFile(new URL("ris-zotero-eucap2019.ris", FIXTURES), "utf8");
    const good = await readImportWith(pool, { text });
    expect(good.format).toBe("ris");
  });
});

describe("WorkerPool", () => {
  it("long payload strings arrive whole, beside the other fields; a generator's parts arrive in order", async () => {
    const pool = faultyPool();
    const a = `${"x".repeat(2.5 * 2 ** 20)}end`;
    const b = `${"é".repeat(2 ** 20)}b!`;
    expect(await pool.run("measure", { a, b, n: 7 })).toEqual({ a: [a.length, "end"], b: [b.length, "éb!"], n: 7 });
    expect(await pool.run("count", 3)).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
  });

  it("a task that throws rejects with its message; the same worker answers the next task", async () => {
    const pool = faultyPool();
    const first = await pool.run("echo", 1);
    await expect(pool.run("throws", "bad input on line 3")).rejects.toThrow(new TaskFailed("bad input on line 3"));
    const next = await pool.run("echo", 2);
    expect(next).toEqual({ value: 2, threadId: first.threadId });
  });

  it("a worker that exits fails only its task with a clear FolioError; a new worker runs the queued ones", async () => {
    const pool = faultyPool();
    const before = await pool.run("echo", 0);
    const dying = outcome(pool.run("exits", 3));
    const queued = pool.run("echo", "after");
    expect(await dying).toEqual({
      error: "FolioError: The test worker stopped unexpectedly (exit code 3); nothing was changed. Try again.",
    });
    const after = await queued;
    expect(after.value).toBe("after");
    expect(after.threadId).not.toBe(before.threadId);
  });

  it("an uncaught error in the worker is reported as the reason it stopped", async () => {
    const pool = faultyPool();
    const err = await pool.run("crashes", "out of cheese").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FolioError);
    expect((err as FolioError).code).toBe("INTERNAL");
    expect((err as FolioError).message).toMatch(/^The test worker stopped unexpectedly \(out of cheese\)/);
    expect((await pool.run("echo", "alive")).value).toBe("alive");
  });

  it("a worker that runs out of memory fails its task, not the process; the next task gets a new worker", async () => {
    const pool = new WorkerPool<typeof faultyTasks>({
      file: workerFile("faulty-worker"),
      label: "The test worker",
      resourceLimits: { maxOldGenerationSizeMb: 64 },
    });
    pools.push(pool);
    await expect(pool.run("hogs", undefined)).rejects.toThrow(
      /^The test worker stopped unexpectedly \(Worker terminated due to reaching memory limit: JS heap out of memory\)/,
    );
    expect((await pool.run("echo", "still here")).value).toBe("still here");
  });

  it("a result that cannot cross threads, or an unknown task, fails that call only", async () => {
    const pool = faultyPool();
    await expect(pool.run("uncloneable", undefined)).rejects.toThrow(/could not be cloned/);
    const unknown = pool as unknown as WorkerPool<{ nope: () => void }>;
    await expect(unknown.run("nope", undefined)).rejects.toThrow('unknown task "nope"');
    expect((await pool.run("echo", 5)).value).toBe(5);
  });

  it("close fails the running and queued tasks, ends the worker, and refuses new tasks", async () => {
    const pool = faultyPool();
    const running = outcome(pool.run("hangs", undefined));
    const queued = outcome(pool.run("echo", 1));
    await pool.close();
    const closing = { error: "FolioError: The test worker was stopped: the library is closing" };
    expect(await running).toEqual(closing);
    expect(await queued).toEqual(closing);
    expect(await outcome(pool.run("echo", 2))).toEqual(closing);
  });

  it("inline runs the task on the calling thread, before run returns", () => {
    const calls: number[] = [];
    const pool = new WorkerPool({
      file: workerFile("faulty-worker"),
      label: "Inline",
      inline: { note: (n: number) => calls.push(n) },
    });
    void pool.run("note", 7);
    expect(calls).toEqual([7]);
  });

  it("an idle worker does not keep the process alive: a caller that never closes its pool still exits", async () => {
    const dir = await mkdtemp(join(tmpdir(), "folio-forgetful-"));
    try {
      const outfile = join(dir, "forgetful-caller.mjs");
      const entry = fileURLToPath(new URL("./forgetful-caller.ts", import.meta.url));
      await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", logLevel: "error" });
      const run = promisify(execFile)(process.execPath, [outfile, inject("workerDir")], { timeout: 15_000 });
      expect((await run).stdout).toBe('"hello"\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
