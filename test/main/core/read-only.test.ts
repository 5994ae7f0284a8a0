/**
 * A library opened read-only (for a folder that cannot be written) answers every read and refuses
 * every write with one clear sentence, and writes nothing at all: no lock, journal, snapshot, backup,
 * search index or moved file.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { FolioError } from "../../../shared/api/errors";
import { fileTree } from "../../helpers/file-tree";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

let dir: string;
let first: string;

beforeEach(async () => {
  dir = await makeTempDir();
  const library = await openSeeded(dir);
  first = (await call(library.handlers, "query", { limit: 1 })).items[0]?.id as string;
  await call(library.handlers, "setStatus", { ids: [first], status: "reading" });
  await call(library.handlers, "addTags", { ids: [first], tags: ["kept"] });
  await library.close();
});
afterEach(async () => {
  await removeDir(dir);
});

const WRITES: [string, (id: string) => unknown][] = [
  ["setStatus", (id) => ({ ids: [id], status: "read" })],
  ["addTags", (id) => ({ ids: [id], tags: ["new"] })],
  ["removeTags", (id) => ({ ids: [id], tags: ["kept"] })],
  ["setNote", (id) => ({ id, note: "lost?" })],
  ["setStarred", (id) => ({ ids: [id], starred: true })],
  ["renameTag", () => ({ from: "kept", to: "renamed" })],
  ["deletePapers", (id) => ({ ids: [id] })],
  ["addPaper", () => ({ title: "A paper typed by hand" })],
  ["setSettings", () => ({ theme: "dark" })],
  ["saveSmartList", () => ({ name: "Unread", query: { text: "", status: "unread" } })],
];

describe("a library opened read-only", () => {
  it("answers query, stats, getPaper and exportLibrary, refuses every write, and writes nothing", async () => {
    const before = await fileTree(dir);
    const library = await openSeeded(dir, { readOnly: true });
    expect(library.readOnly).toBe(true);
    const stats = await call(library.handlers, "stats", {});
    expect((await call(library.handlers, "query", { limit: 5 })).total).toBe(86);
    expect((await call(library.handlers, "getPaper", { id: first })).state).toMatchObject({
      status: "reading",
      tags: ["kept"],
    });
    const exported = await call(library.handlers, "exportLibrary", { format: "bibtex", scope: "all" });
    expect(exported.papers).toBe(86);

    for (const [method, arg] of WRITES) {
      const refused = await call(library.handlers, method as "setStatus", arg(first)).catch((e: unknown) => e);
      expect(refused, method).toBeInstanceOf(FolioError);
      expect((refused as FolioError).code, method).toBe("READ_ONLY");
      expect((refused as FolioError).message).toBe(
        `This library is open read-only (the folder ${dir} cannot be written): nothing can be changed. Make the folder writable, then open the library again to edit it.`,
      );
    }
    // Refused before anything changed in memory.
    expect(await call(library.handlers, "stats", {})).toEqual(stats);
    expect((await call(library.handlers, "getPaper", { id: first })).state).toMatchObject({ status: "reading" });
    await library.close();
    expect(await fileTree(dir)).toEqual(before);
  });

  it("leaves a library.json it cannot read where it is, and reads the newest backup instead", async () => {
    await writeFile(join(dir, "library.json"), "{ torn");
    const before = await fileTree(dir);
    const library = await openSeeded(dir, { readOnly: true });
    expect(library.notices).toHaveLength(1);
    expect(library.notices[0]).toMatch(
      /^library\.json could not be read \(not valid JSON .*\)\. It was left as it is \(the library is open read-only\); the backup library-\S+\.json \(from [^)]+\) was read instead\.$/,
    );
    expect((await call(library.handlers, "query", { limit: 1 })).total).toBe(86);
    await library.close();
    expect(await fileTree(dir)).toEqual(before);
    expect(await readFile(join(dir, "library.json"), "utf8")).toBe("{ torn");
  });
});
