import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

/** A library with one read paper and a note, closed, so library.json and a backup exist. */
async function prepare(): Promise<string> {
  const lib = await openSeeded(dir);
  const page = await call(lib.handlers, "query", { limit: 1 });
  const id = page.items[0]?.id ?? "";
  await call(lib.handlers, "setStatus", { ids: [id], status: "read" });
  await call(lib.handlers, "setNote", { id, note: "precious" });
  await lib.close();
  // Reopening takes a backup of the good file.
  const again = await openSeeded(dir);
  await again.close();
  return id;
}

const badContents: [string, string][] = [
  ["empty", ""],
  ["truncated", '{"schemaVersion":1,"journalSeq":3,"papers":{"t:'],
  ["not JSON", "hello world"],
  [
    "failing the schema",
    JSON.stringify({ schemaVersion: 1, journalSeq: 0, papers: { x: { status: "done" } }, tags: {} }),
  ],
];

describe("a bad library.json", () => {
  it.each(badContents)("%s: moved aside, the newest backup restored, the user told", async (_label, content) => {
    const id = await prepare();
    await writeFile(join(dir, "library.json"), content);
    const lib = await openSeeded(dir);
    try {
      expect(lib.notices).toHaveLength(1);
      expect(lib.notices[0]).toMatch(/library\.json could not be read .* moved to .*library\.json\.corrupt-/);
      expect(lib.notices[0]).toMatch(/backup .* was restored/);
      const detail = await call(lib.handlers, "getPaper", { id });
      expect(detail.state.note).toBe("precious");
      // The bad file is kept byte for byte.
      const aside = (await readdir(dir)).find((f) => f.startsWith("library.json.corrupt-"));
      expect(aside).toBeDefined();
      expect(await readFile(join(dir, aside ?? ""), "utf8")).toBe(content);
    } finally {
      await lib.close();
    }
  });

  it("with no backup at all: starts empty, still keeps the bad file", async () => {
    await writeFile(join(dir, "library.json"), "{nope");
    const lib = await openSeeded(dir);
    try {
      expect(lib.notices[0]).toMatch(/no good backup/);
      expect((await call(lib.handlers, "stats", {})).total).toBe(86);
      const files = await readdir(dir);
      expect(files.some((f) => f.startsWith("library.json.corrupt-"))).toBe(true);
    } finally {
      await lib.close();
    }
  });
});

describe("a bad corpus.json", () => {
  it("is moved aside and the backup restored; user state is untouched", async () => {
    const id = await prepare();
    // An older backup too: the newest good one is restored.
    const good = await readFile(join(dir, "corpus.json"), "utf8");
    await writeFile(join(dir, "backups", "corpus-2000-01-01T00-00-00-000Z.json"), good);
    await writeFile(join(dir, "corpus.json"), good.slice(0, 100));
    const lib = await openSeeded(dir);
    try {
      expect(lib.notices.join("\n")).toMatch(/corpus\.json could not be read/);
      expect((await call(lib.handlers, "getPaper", { id })).state.note).toBe("precious");
    } finally {
      await lib.close();
    }
  });
});

/** A seeded data dir whose library.json is replaced by a fixture of an older version, then opened. */
async function openWithLibraryFile(name: string) {
  const fixture = await readFile(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
  const seeded = await openSeeded(dir);
  await seeded.close();
  await writeFile(join(dir, "library.json"), fixture);
  return { fixture, lib: await openSeeded(dir) };
}

describe("migrations", () => {
  it("lifts a v0 library (no journalSeq, no tag registry) to the current version keeping every note", async () => {
    const { fixture, lib } = await openWithLibraryFile("library-v0.json");
    try {
      expect(lib.notices).toEqual([]);
      const v0 = JSON.parse(fixture) as { papers: Record<string, { note: string }> };
      for (const [id, state] of Object.entries(v0.papers)) {
        expect((await call(lib.handlers, "getPaper", { id })).state.note).toBe(state.note);
      }
    } finally {
      await lib.close();
    }
    const migrated = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.corpus).toEqual({});
  });
});

describe("migration 1 -> 2", () => {
  it("keeps states and tag colors and adds the overlay, smart lists and settings", async () => {
    const { lib } = await openWithLibraryFile("library-v1.json");
    try {
      expect(lib.notices).toEqual([]);
      const stats = await call(lib.handlers, "stats", {});
      expect(stats.tags).toContainEqual({ name: "point-clouds", count: 1, color: "teal" });
      expect(stats.starred).toBe(1);
      expect(stats.smartLists).toEqual([]);
      expect(await call(lib.handlers, "getSettings", {})).toEqual({ theme: "system" });
    } finally {
      await lib.close();
    }
    const migrated = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(migrated).toMatchObject({ schemaVersion: 2, corpus: {}, smartLists: {}, settings: {} });
  });
});

describe("the journal", () => {
  it("replays edits a crash left out of library.json, ignoring a torn last line", async () => {
    const lib = await openSeeded(dir);
    const page = await call(lib.handlers, "query", { limit: 2 });
    const [a, b] = page.items.map((r) => r.id);
    await call(lib.handlers, "setNote", { id: a ?? "", note: "first" });
    await call(lib.handlers, "setStatus", { ids: [b ?? ""], status: "reading" });
    // Simulate a crash: copy the files as they are now, without close().
    const snapshot = await readFile(join(dir, "library.json"), "utf8");
    const journal = await readFile(join(dir, "library.journal"), "utf8");
    await lib.close();
    await writeFile(join(dir, "library.json"), snapshot);
    await writeFile(join(dir, "library.journal"), `${journal}{"s":99,"k":"papers","id":"`);
    const again = await openSeeded(dir);
    try {
      expect(again.notices).toEqual([]);
      expect((await call(again.handlers, "getPaper", { id: a ?? "" })).state.note).toBe("first");
      expect((await call(again.handlers, "getPaper", { id: b ?? "" })).state.status).toBe("reading");
    } finally {
      await again.close();
    }
  });
});

describe("a bad corpus.json with no backup", () => {
  it("stores the bundled page again, so the user's notes find their papers", async () => {
    const id = await prepare();
    await removeDir(join(dir, "backups"));
    await writeFile(join(dir, "corpus.json"), "garbage");
    const lib = await openSeeded(dir);
    try {
      expect(lib.notices.join("\n")).toMatch(/corpus\.json could not be read .*no good backup/);
      expect((await call(lib.handlers, "stats", {})).total).toBe(86);
      expect((await call(lib.handlers, "getPaper", { id })).state.note).toBe("precious");
    } finally {
      await lib.close();
    }
  });
});
