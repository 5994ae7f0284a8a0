/**
 * The CLI on a library folder that cannot be written (a real read-only mount): list and export work
 * read-only and say so in one line; import and serve refuse in one sentence, never a raw EROFS.
 */
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { mountReadOnly, type ReadOnlyMount } from "../../helpers/read-only-mount";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";
import { makeAppRoot, run } from "./helpers";

let root: string;
let mount: ReadOnlyMount;
/** A library on the read-only mount: A is "reading" in library.json, B "read" only in the journal. */
let lib: string;
/** The same library with a folio.lock left behind by a process that is gone. */
let staleLocked: string;
let ids: [string, string];

const FILES = ["corpus.json", "library.json", "library.journal"];

beforeAll(async () => {
  root = await makeTempDir();
  const source = join(root, "source");
  let library = await openSeeded(source);
  const page = await call(library.handlers, "query", { limit: 2 });
  ids = page.items.map((r) => r.id) as [string, string];
  await call(library.handlers, "setStatus", { ids: [ids[0]], status: "reading" });
  await library.close();
  library = await openSeeded(source);
  // Copied while open: the edit is in the journal, not yet folded into library.json.
  await call(library.handlers, "setStatus", { ids: [ids[1]], status: "read" });
  const mountDir = join(root, "ro");
  mount = await mountReadOnly(mountDir, async (dir) => {
    for (const name of ["lib", "stale"]) {
      await mkdir(join(dir, name));
      for (const f of FILES) await copyFile(join(source, f), join(dir, name, f));
    }
    const gone = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout);
    const lock = { pid: gone, host: hostname(), command: "serve", since: "2026-01-01T00:00:00.000Z" };
    await writeFile(join(dir, "stale", "folio.lock"), JSON.stringify(lock));
  });
  await library.close();
  lib = join(mountDir, "lib");
  staleLocked = join(mountDir, "stale");
  console.log(
    mount.skipped ? `read-only CLI tests skipped: ${mount.skipped}` : "read-only CLI tests on a tmpfs remounted ro",
  );
});

afterAll(async () => {
  mount.unmount();
  await removeDir(root);
});

const NOTE =
  /^folio: note: .+ cannot be written \(it is on a read-only file system\), so the library was opened read-only\.\n$/;

describe("a library folder on a read-only file system", () => {
  it.for([
    ["a clean folder", () => lib],
    ["a folder with a stale folio.lock", () => staleLocked],
  ] as const)("list --json works read-only on %s and says so in one line", async ([, dir], { skip }) => {
    skip(mount.skipped !== undefined, mount.skipped);
    const { code, stdout, stderr } = await run(["list", "--data-dir", dir(), "--json"]);
    expect(stderr).toMatch(NOTE);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { id: string; status: string }[];
    expect(entries).toHaveLength(86);
    const status = new Map(entries.map((e) => [e.id, e.status]));
    expect(status.get(ids[0])).toBe("reading");
    expect(status.get(ids[1])).toBe("read"); // replayed from the journal, which stays as it is
  });

  it("export writes to a writable --out while the library is read-only", async ({ skip }) => {
    skip(mount.skipped !== undefined, mount.skipped);
    const out = join(root, "papers.csv");
    const { code, stdout, stderr } = await run(["export", "--data-dir", lib, "--format", "csv", "--out", out]);
    expect(stderr).toMatch(NOTE);
    expect(code).toBe(0);
    expect(stdout).toBe(`Exported 86 papers to ${out}\n`);
    expect((await readFile(out, "utf8")).split("\n").length).toBeGreaterThan(86);
  });

  it("import refuses in one sentence naming the folder", async ({ skip }) => {
    skip(mount.skipped !== undefined, mount.skipped);
    const bib = join(root, "one.bib");
    await writeFile(bib, "@article{k, title={A Paper That Cannot Be Imported}, year={2024}}\n");
    const { code, stdout, stderr } = await run(["import", bib, "--data-dir", lib]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `folio: import needs to write the library, but ${lib} cannot be written (it is on a read-only file system): make the folder writable, or copy the library to one that is (list and export work read-only).\n`,
    );
  });

  it("serve refuses in one sentence", async ({ skip }) => {
    skip(mount.skipped !== undefined, mount.skipped);
    const appRoot = await makeAppRoot(root);
    const { code, stdout, stderr } = await run(["serve", "--data-dir", lib, "--port", "0"], appRoot);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^folio: serve needs to write the library, but \S+ cannot be written \(it is on a read-only/,
    );
    expect(stderr.split("\n")).toHaveLength(2); // one line
  });
});
