/**
 * A library folder Folio cannot open as it is (a journal that is a folder, a path through a file):
 * the command exits 1 with one sentence naming the path and what to do, and nothing is moved or changed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { fileTree } from "../../helpers/file-tree";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";
import { run } from "./helpers";

let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await makeTempDir();
  dataDir = join(root, "data");
  const library = await openSeeded(dataDir);
  const page = await call(library.handlers, "query", { limit: 1 });
  await call(library.handlers, "setStatus", { ids: page.items.map((r) => r.id), status: "read" });
  await library.close();
});
afterEach(async () => {
  await removeDir(root);
});

/** `list` fails with exactly `sentence`, and the data dir is as it was. */
async function expectRefusal(dir: string, sentence: string): Promise<void> {
  const before = await fileTree(root);
  const { code, stdout, stderr } = await run(["list", "--data-dir", dir]);
  expect(stderr).toBe(`folio: ${sentence}\n`);
  expect(code).toBe(1);
  expect(stdout).toBe("");
  expect(await fileTree(root)).toEqual(before);
}

describe("a data file that is a folder", () => {
  it.each(["library.journal", "library.json", "corpus.json"])("%s", async (name) => {
    const path = join(dataDir, name);
    await removeDir(path);
    await mkdir(path);
    await writeFile(join(path, "kept.txt"), "whatever the user put here\n");
    await expectRefusal(
      dataDir,
      `${path} is a folder where Folio expects a file: move or rename that folder, then open the library again.`,
    );
  });
});

describe("a data dir that is not a folder", () => {
  it.each(["library", "two/levels"])("a path through a file (ENOTDIR): notes.txt/%s", async (below) => {
    const file = join(root, "notes.txt");
    await writeFile(file, "not a folder\n");
    const dir = join(file, below);
    await expectRefusal(
      dir,
      `${dir} cannot be used because ${file} is a file, not a folder: choose another library folder, or move that file away.`,
    );
  });

  it("a file (EEXIST)", async () => {
    const file = join(root, "notes.txt");
    await writeFile(file, "not a folder\n");
    await expectRefusal(file, `${file} is a file, not a folder: choose a folder for the library.`);
  });
});
