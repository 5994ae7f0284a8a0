import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import type { Library } from "../../../main/core/library";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

let dir: string;
let lib: Library;

beforeEach(async () => {
  dir = await makeTempDir();
  lib = await openSeeded(dir);
});
afterEach(async () => {
  await lib.close();
  await removeDir(dir);
});

async function firstIds(n: number): Promise<string[]> {
  const page = await call(lib.handlers, "query", { limit: n });
  return page.items.map((r) => r.id);
}

describe("first start", () => {
  it("stores the 86 papers of the bundled page, all unread", async () => {
    const page = await call(lib.handlers, "query", { limit: 500 });
    expect(page.total).toBe(86);
    expect(page.items[0]?.title).toBe(
      "SHS-Net: Learning Signed Hyper Surfaces for Oriented Normal Estimation of Point Clouds",
    );
    expect(page.items.at(-1)?.title).toBe("KIND: Knowledge Integration and Diversion in Diffusion Models");
    const stats = await call(lib.handlers, "stats", {});
    expect(stats).toEqual({
      total: 86,
      byStatus: { unread: 86, reading: 0, read: 0 },
      starred: 0,
      tags: [],
      smartLists: [],
    });
    const corpus = JSON.parse(await readFile(join(dir, "corpus.json"), "utf8"));
    expect(corpus.papers).toHaveLength(86);
    const library = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(library.schemaVersion).toBe(2);
  });

  it("never duplicates papers or overwrites user state on later starts", async () => {
    const [id] = await firstIds(1);
    await call(lib.handlers, "setStatus", { ids: [id], status: "read" });
    await lib.close();
    for (let i = 0; i < 2; i++) {
      lib = await openSeeded(dir);
      const stats = await call(lib.handlers, "stats", {});
      expect(stats.total).toBe(86);
      expect(stats.byStatus.read).toBe(1);
      await lib.close();
    }
    lib = await openSeeded(dir);
  });

  it("serves a window of light rows, never the abstract", async () => {
    const page = await call(lib.handlers, "query", { offset: 80, limit: 10 });
    expect(page.total).toBe(86);
    expect(page.items).toHaveLength(6);
    expect(Object.keys(page.items[0] ?? {})).not.toContain("abstract");
  });
});

describe("edits persist across instances", () => {
  it("status, tags and note set in one core are seen by a new core on the same dir", async () => {
    const [a, b] = await firstIds(2);
    if (!a || !b) throw new Error("seed missing");
    await call(lib.handlers, "setStatus", { ids: [a], status: "read" });
    await call(lib.handlers, "setStatus", { ids: [b], status: "reading" });
    await call(lib.handlers, "addTags", { ids: [a, b], tags: ["to-cite"] });
    await call(lib.handlers, "setNote", { id: a, note: "# Key idea\n\nSigned hyper surfaces." });
    await lib.close();

    lib = await openSeeded(dir);
    const detail = await call(lib.handlers, "getPaper", { id: a });
    expect(detail.state.status).toBe("read");
    expect(detail.state.readAt).toBeDefined();
    expect(detail.state.statusChangedAt).toBe(detail.state.readAt);
    expect(detail.state.tags).toEqual(["to-cite"]);
    expect(detail.state.note).toBe("# Key idea\n\nSigned hyper surfaces.");
    const stats = await call(lib.handlers, "stats", {});
    expect(stats.byStatus).toEqual({ unread: 84, reading: 1, read: 1 });
    expect(stats.tags).toEqual([{ name: "to-cite", count: 2 }]);
  });

  it("an acknowledged edit is on disk before close (journal), and close folds it into library.json", async () => {
    const [a] = await firstIds(1);
    if (!a) throw new Error("seed missing");
    await call(lib.handlers, "setNote", { id: a, note: "typed just now" });
    const journal = await readFile(join(dir, "library.journal"), "utf8");
    expect(journal).toContain("typed just now");
    const corpusBefore = await readFile(join(dir, "corpus.json"), "utf8");
    await lib.close();
    const library = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(library.papers[a].note).toBe("typed just now");
    expect(await readFile(join(dir, "library.journal"), "utf8")).toBe("");
    // An edit never rewrites corpus.json.
    expect(await readFile(join(dir, "corpus.json"), "utf8")).toBe(corpusBefore);
    lib = await openSeeded(dir);
  });
});

describe("tags", () => {
  it("are unique per paper case-insensitively and keep the first spelling", async () => {
    const [a, b] = await firstIds(2);
    if (!a || !b) throw new Error("seed missing");
    await call(lib.handlers, "addTags", { ids: [a], tags: ["ML", "ml", " Ml "] });
    await call(lib.handlers, "addTags", { ids: [b], tags: ["ml"] });
    expect((await call(lib.handlers, "getPaper", { id: a })).state.tags).toEqual(["ML"]);
    expect((await call(lib.handlers, "getPaper", { id: b })).state.tags).toEqual(["ML"]);
    await call(lib.handlers, "removeTags", { ids: [a], tags: ["mL"] });
    expect((await call(lib.handlers, "getPaper", { id: a })).state.tags).toEqual([]);
    expect((await call(lib.handlers, "stats", {})).tags).toEqual([{ name: "ML", count: 1 }]);
  });

  it("filter the list, any-of or all-of", async () => {
    const [a, b, c] = await firstIds(3);
    if (!a || !b || !c) throw new Error("seed missing");
    await call(lib.handlers, "addTags", { ids: [a, b], tags: ["vision"] });
    await call(lib.handlers, "addTags", { ids: [b, c], tags: ["3d"] });
    const any = await call(lib.handlers, "query", { tags: ["vision", "3d"], tagMode: "any" });
    expect(any.items.map((r) => r.id)).toEqual([a, b, c]);
    const all = await call(lib.handlers, "query", { tags: ["VISION", "3d"], tagMode: "all" });
    expect(all.items.map((r) => r.id)).toEqual([b]);
  });
});

describe("query", () => {
  it("filters by status and text, and sorts", async () => {
    const [a] = await firstIds(1);
    if (!a) throw new Error("seed missing");
    await call(lib.handlers, "setStatus", { ids: [a], status: "reading" });
    const reading = await call(lib.handlers, "query", { status: "reading" });
    expect(reading.items.map((r) => r.id)).toEqual([a]);
    const soups = await call(lib.handlers, "query", { text: "model soups" });
    expect(soups.items.map((r) => r.title)).toContain(
      "Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time",
    );
    const byTitle = await call(lib.handlers, "query", { sort: { key: "title", dir: "asc" }, limit: 500 });
    const titles = byTitle.items.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((x, y) => x.localeCompare(y)));
    const newestFirst = await call(lib.handlers, "query", { sort: { key: "added", dir: "desc" }, limit: 1 });
    expect(newestFirst.items[0]?.title).toBe("KIND: Knowledge Integration and Diversion in Diffusion Models");
  });

  it("marks rows that have a note", async () => {
    const [a] = await firstIds(1);
    if (!a) throw new Error("seed missing");
    await call(lib.handlers, "setNote", { id: a, note: "x" });
    const page = await call(lib.handlers, "query", { limit: 2 });
    expect(page.items.map((r) => r.hasNote)).toEqual([true, false]);
  });
});

describe("invalid input changes nothing", () => {
  const bad: [string, unknown][] = [
    ["setStatus", { ids: ["x"], status: "done" }],
    ["setStatus", { ids: [], status: "read" }],
    ["setStatus", { ids: "abc", status: "read" }],
    ["addTags", { ids: ["x"], tags: [""] }],
    ["addTags", { ids: ["x"], tags: ["a".repeat(101)] }],
    ["setNote", { id: "x", note: "a".repeat(1_000_001) }],
    ["setNote", { id: "x", note: 42 }],
    ["query", { limit: -1 }],
    ["query", { sort: { key: "author", dir: "asc" } }],
    ["getPaper", { id: "x", extra: true }],
    ["getPaper", null],
    ["getPaper", "x"],
  ];
  it.each(bad)("%s %j is rejected with INVALID_ARGUMENT", async (method, arg) => {
    const { dispatch } = await import("../../../main/core/dispatch");
    const before = await readFile(join(dir, "library.json"), "utf8");
    const env = await dispatch(lib.handlers, method, arg);
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe("INVALID_ARGUMENT");
    expect(await readFile(join(dir, "library.journal"), "utf8").catch(() => "")).toBe("");
    expect(await readFile(join(dir, "library.json"), "utf8")).toBe(before);
  });

  it("an unknown paper id is NOT_FOUND and no other paper in the call changes", async () => {
    const { dispatch } = await import("../../../main/core/dispatch");
    const [a] = await firstIds(1);
    const env = await dispatch(lib.handlers, "setStatus", { ids: [a, "t:nope"], status: "read" });
    expect(env.ok === false && env.error.code).toBe("NOT_FOUND");
    expect((await call(lib.handlers, "stats", {})).byStatus.read).toBe(0);
  });

  it("an unknown method is UNKNOWN_METHOD", async () => {
    const { dispatch } = await import("../../../main/core/dispatch");
    const env = await dispatch(lib.handlers, "__proto__", {});
    expect(env.ok === false && env.error.code).toBe("UNKNOWN_METHOD");
    const env2 = await dispatch(lib.handlers, "deleteEverything", {});
    expect(env2.ok === false && env2.error.code).toBe("UNKNOWN_METHOD");
  });
});

describe("drain before quitting", () => {
  it("tells listeners the app is quitting and waits for the saves they send", async () => {
    const [a] = await firstIds(1);
    if (!a) throw new Error("seed missing");
    // A window that answers `quitting` by saving its pending note a little later.
    lib.events.on("quitting", () => {
      setTimeout(() => void call(lib.handlers, "setNote", { id: a, note: "typed at the last second" }), 100);
    });
    await lib.drain({ quietMs: 200, maxMs: 3000 });
    await lib.close();
    const library = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(library.papers[a].note).toBe("typed at the last second");
    lib = await openSeeded(dir);
  });
});
