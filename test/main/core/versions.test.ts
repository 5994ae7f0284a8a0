/**
 * The version rules of corpus.json and library.json: a file from a newer Folio is refused and every file
 * is left as it was; a missing or malformed schemaVersion is a damaged file (kept aside, backup restored,
 * the user told), never migrated as version 0.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";
import { run } from "../cli/helpers";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

/** Every file under the data dir, by relative path, with its bytes. */
async function filesOf(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path), (await readFile(path)).toString("base64"));
  }
  return files;
}

/** A closed library with a hand-added paper, a smart list, a setting and a note, and its backups. */
async function prepare(): Promise<{ noted: string; added: string }> {
  const lib = await openSeeded(dir);
  const page = await call(lib.handlers, "query", { limit: 1 });
  const noted = page.items[0]?.id ?? "";
  await call(lib.handlers, "setNote", { id: noted, note: "precious" });
  const added = await call(lib.handlers, "addPaper", { title: "Typed in by hand", authors: ["A. Person"] });
  await call(lib.handlers, "saveSmartList", {
    name: "to read",
    query: { text: "", status: "unread", tags: [], tagMode: "any", sort: { key: "title", dir: "asc" } },
  });
  await call(lib.handlers, "setSettings", { theme: "dark" });
  await lib.close();
  const again = await openSeeded(dir);
  await again.close();
  return { noted, added: added.id };
}

async function rewrite(file: string, change: (json: Record<string, unknown>) => void): Promise<string> {
  const json = JSON.parse(await readFile(join(dir, file), "utf8")) as Record<string, unknown>;
  change(json);
  const text = JSON.stringify(json);
  await writeFile(join(dir, file), text);
  return text;
}

const NEWER = (file: string, version: number, supported: number) =>
  `${file} was written by a newer Folio (schemaVersion ${version}; this Folio reads up to ${supported}). ` +
  "Update Folio to open this library; nothing was changed.";

describe("a file from a newer Folio", () => {
  it.each([
    ["library.json", 3, 2],
    ["corpus.json", 2, 1],
  ])(
    "%s with schemaVersion %i: open is refused in one sentence and every file is left as it was",
    async (file, version, supported) => {
      await prepare();
      await rewrite(file, (json) => {
        json.schemaVersion = version;
      });
      const before = await filesOf(dir);
      await expect(openSeeded(dir)).rejects.toThrow(NEWER(file, version, supported));
      expect(await filesOf(dir)).toEqual(before);
      expect(before.has("folio.lock")).toBe(false);
    },
  );

  it("a newer library.json is not lost to a recovery of a damaged corpus.json", async () => {
    await prepare();
    await rewrite("library.json", (json) => {
      json.schemaVersion = 3;
    });
    await writeFile(join(dir, "corpus.json"), "{garbage");
    const before = await filesOf(dir);
    await expect(openSeeded(dir)).rejects.toThrow(NEWER("library.json", 3, 2));
    expect(await filesOf(dir)).toEqual(before);
  });

  it("a damaged library.json whose newest backup is from a newer Folio is refused, not rolled back", async () => {
    await prepare();
    const backups = (await readdir(join(dir, "backups"))).filter((f) => f.startsWith("library-")).sort();
    const newest = join(dir, "backups", backups.at(-1) ?? "");
    const json = JSON.parse(await readFile(newest, "utf8"));
    await writeFile(newest, JSON.stringify({ ...json, schemaVersion: 3 }));
    await writeFile(join(dir, "library.json"), "");
    const before = await filesOf(dir);
    await expect(openSeeded(dir)).rejects.toThrow(
      /library\.json could not be read \(the file is empty\), and its backup library-.*\.json was written by a newer Folio \(schemaVersion 3; this Folio reads up to 2\)/,
    );
    expect(await filesOf(dir)).toEqual(before);
  });

  it("the CLI says so in one line and exits 1", async () => {
    await prepare();
    await rewrite("library.json", (json) => {
      json.schemaVersion = 3;
    });
    const { code, stdout, stderr } = await run(["list", "--data-dir", dir]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`folio: ${NEWER("library.json", 3, 2)}\n`);
  });
});

describe("a missing or malformed schemaVersion", () => {
  const cases: [string, (json: Record<string, unknown>) => void][] = [
    ["missing", (json) => delete json.schemaVersion],
    ["a string", (json) => (json.schemaVersion = "2")],
    ["a fraction", (json) => (json.schemaVersion = 1.5)],
    ["negative", (json) => (json.schemaVersion = -1)],
    ["null", (json) => (json.schemaVersion = null)],
  ];

  it.each(cases)(
    "in library.json (%s): kept aside, the newest backup restored, the user told",
    async (_label, change) => {
      const { noted, added } = await prepare();
      const bad = await rewrite("library.json", change);
      const lib = await openSeeded(dir);
      try {
        expect(lib.notices).toHaveLength(1);
        expect(lib.notices[0]).toMatch(
          /^library\.json could not be read \(.*schemaVersion.*\)\. It was moved to .*library\.json\.corrupt-.*; the backup library-.*\.json \(from \d{4}-\d\d-\d\d \d\d:\d\d UTC\) was restored\.$/,
        );
        expect((await call(lib.handlers, "getPaper", { id: noted })).state.note).toBe("precious");
        expect((await call(lib.handlers, "getPaper", { id: added })).paper.title).toBe("Typed in by hand");
        expect((await call(lib.handlers, "stats", {})).smartLists.map((l) => l.name)).toEqual(["to read"]);
        expect(await call(lib.handlers, "getSettings", {})).toEqual({ theme: "dark" });
        const aside = (await readdir(dir)).find((f) => f.startsWith("library.json.corrupt-"));
        expect(await readFile(join(dir, aside ?? ""), "utf8")).toBe(bad);
      } finally {
        await lib.close();
      }
    },
  );

  it.each(cases)(
    "in corpus.json (%s): kept aside, the newest backup restored, the user told",
    async (_label, change) => {
      await prepare();
      const bad = await rewrite("corpus.json", change);
      const lib = await openSeeded(dir);
      try {
        expect(lib.notices).toHaveLength(1);
        expect(lib.notices[0]).toMatch(
          /^corpus\.json could not be read \(.*schemaVersion.*\)\. It was moved to .*; the backup corpus-.*\.json \(86 papers, from .* UTC\) was restored\.$/,
        );
        expect((await call(lib.handlers, "stats", {})).total).toBe(87);
        const aside = (await readdir(dir)).find((f) => f.startsWith("corpus.json.corrupt-"));
        expect(await readFile(join(dir, aside ?? ""), "utf8")).toBe(bad);
      } finally {
        await lib.close();
      }
    },
  );
});
