/** Priority, star, tag colors/rename/merge/delete, highlights, papers by hand, smart lists, undo. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call, dispatch } from "../../../main/core/dispatch";
import type { Library } from "../../../main/core/library";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

let dir: string;
let lib: Library;
let ids: string[];

beforeEach(async () => {
  dir = await makeTempDir();
  lib = await openSeeded(dir);
  ids = (await call(lib.handlers, "query", { limit: 5 })).items.map((r) => r.id);
});
afterEach(async () => {
  await lib.close();
  await removeDir(dir);
});

const at = (i: number): string => ids[i] ?? "";
const state = async (i: number) => (await call(lib.handlers, "getPaper", { id: at(i) })).state;
const reopen = async () => {
  await lib.close();
  lib = await openSeeded(dir);
};

describe("priority and star", () => {
  it("are set in bulk, counted, persisted, and sortable", async () => {
    await call(lib.handlers, "setPriority", { ids: [at(0), at(1)], priority: "high" });
    await call(lib.handlers, "setPriority", { ids: [at(2)], priority: "low" });
    await call(lib.handlers, "setStarred", { ids: [at(1), at(2)], starred: true });
    await reopen();
    expect((await state(0)).priority).toBe("high");
    expect((await call(lib.handlers, "stats", {})).starred).toBe(2);
    const top = await call(lib.handlers, "query", { sort: { key: "priority", dir: "desc" }, limit: 3 });
    expect(top.items.map((r) => r.priority)).toEqual(["high", "high", "low"]);
  });
});

describe("tags", () => {
  beforeEach(async () => {
    await call(lib.handlers, "addTags", { ids: [at(0), at(1)], tags: ["method/transformers"] });
    await call(lib.handlers, "addTags", { ids: [at(2)], tags: ["method/diffusion", "vision"] });
    await call(lib.handlers, "addTags", { ids: [at(3)], tags: ["Vision"] });
  });

  it("a parent tag filters its children", async () => {
    const page = await call(lib.handlers, "query", { tags: ["method"] });
    expect(page.items.map((r) => r.id)).toEqual([at(0), at(1), at(2)]);
  });

  it("colors come from the palette and show in stats", async () => {
    await call(lib.handlers, "setTagColor", { tag: "vision", color: "teal" });
    const stats = await call(lib.handlers, "stats", {});
    expect(stats.tags.find((t) => t.name === "vision")).toEqual({ name: "vision", count: 2, color: "teal" });
    const bad = await dispatch(lib.handlers, "setTagColor", { tag: "vision", color: "#f00;background:url(x)" });
    expect(bad.ok).toBe(false);
  });

  it("rename moves children and color; undo puts everything back", async () => {
    await call(lib.handlers, "setTagColor", { tag: "method", color: "blue" }).catch(() => undefined);
    const result = await call(lib.handlers, "renameTag", { from: "method", to: "approach" });
    expect(result.undoLabel).toBe("Rename tag method to approach");
    expect((await state(0)).tags).toEqual(["approach/transformers"]);
    expect((await state(2)).tags).toEqual(["approach/diffusion", "vision"]);
    await call(lib.handlers, "undo", {});
    expect((await state(0)).tags).toEqual(["method/transformers"]);
    expect((await state(2)).tags).toEqual(["method/diffusion", "vision"]);
  });

  it("renaming onto an existing tag merges, without duplicates on a paper", async () => {
    await call(lib.handlers, "addTags", { ids: [at(2)], tags: ["cv"] });
    const result = await call(lib.handlers, "renameTag", { from: "cv", to: "VISION" });
    expect(result.undoLabel).toBe("Merge tag cv into vision");
    expect((await state(2)).tags).toEqual(["method/diffusion", "vision"]);
    const stats = await call(lib.handlers, "stats", {});
    expect(stats.tags.map((t) => t.name)).not.toContain("cv");
  });

  it("delete removes it from every paper; undo restores it and keeps a note typed since", async () => {
    await call(lib.handlers, "deleteTag", { tag: "vision" });
    expect((await state(2)).tags).toEqual(["method/diffusion"]);
    expect((await state(3)).tags).toEqual([]);
    // Typed after the delete: must survive the undo.
    await call(lib.handlers, "setNote", { id: at(3), note: "written after" });
    const undone = await call(lib.handlers, "undo", {});
    expect(undone.undone).toBe("Delete tag vision");
    // "Vision" was added after "vision" existed, so it took the existing spelling.
    expect((await state(3)).tags).toEqual(["vision"]);
    expect((await state(3)).note).toBe("written after");
    await reopen();
    expect((await state(2)).tags).toEqual(["method/diffusion", "vision"]);
  });

  it("an unknown tag is NOT_FOUND", async () => {
    const env = await dispatch(lib.handlers, "deleteTag", { tag: "nope" });
    expect(env.ok === false && env.error.code).toBe("NOT_FOUND");
  });
});

describe("highlights", () => {
  it("store the quote and its position, refuse a quote that does not match, survive a restart", async () => {
    const { paper } = await call(lib.handlers, "getPaper", { id: at(0) });
    const start = paper.abstract.indexOf("signed hyper surfaces");
    const quote = "signed hyper surfaces";
    const added = await call(lib.handlers, "addHighlight", { id: at(0), start, end: start + quote.length, quote });
    expect(added.highlight).toMatchObject({ start, quote, comment: "" });
    const wrong = await dispatch(lib.handlers, "addHighlight", { id: at(0), start: start + 1, end: start + 22, quote });
    expect(wrong.ok === false && wrong.error.code).toBe("INVALID_ARGUMENT");
    await call(lib.handlers, "updateHighlight", { id: at(0), highlightId: added.highlight.id, comment: "key idea" });
    await reopen();
    const [h] = (await state(0)).highlights;
    expect(h).toMatchObject({ quote, comment: "key idea", start });
    await call(lib.handlers, "deleteHighlight", { id: at(0), highlightId: h?.id ?? "" });
    expect((await state(0)).highlights).toEqual([]);
  });
});

describe("papers by hand", () => {
  it("add, edit and delete; delete takes the note along and undo brings both back", async () => {
    const added = await call(lib.handlers, "addPaper", {
      title: "Attention Is All You Need",
      authors: ["Ashish Vaswani", "Noam Shazeer"],
      year: 2017,
      url: "https://arxiv.org/abs/1706.03762",
    });
    expect(added.existed).toBe(false);
    expect((await call(lib.handlers, "stats", {})).total).toBe(87);
    await call(lib.handlers, "updatePaper", { id: added.id, fields: { abstract: "The dominant sequence models..." } });
    // A year can be removed (null) and set again.
    await call(lib.handlers, "updatePaper", { id: added.id, fields: { year: null } });
    expect((await call(lib.handlers, "getPaper", { id: added.id })).paper.year).toBeUndefined();
    await call(lib.handlers, "updatePaper", { id: added.id, fields: { year: 2017 } });
    await call(lib.handlers, "setNote", { id: added.id, note: "classic" });
    await reopen();
    const detail = await call(lib.handlers, "getPaper", { id: added.id });
    expect(detail.paper).toMatchObject({ title: "Attention Is All You Need", year: 2017, source: "manual" });
    expect(detail.paper.links).toEqual(["https://arxiv.org/abs/1706.03762"]);
    expect(detail.state.note).toBe("classic");
    const again = await call(lib.handlers, "addPaper", { title: "attention is all you need" });
    expect(again).toMatchObject({ id: added.id, existed: true });

    await call(lib.handlers, "deletePapers", { ids: [added.id, at(0)] });
    expect((await call(lib.handlers, "stats", {})).total).toBe(85);
    expect((await dispatch(lib.handlers, "getPaper", { id: added.id })).ok).toBe(false);
    await call(lib.handlers, "undo", {});
    expect((await call(lib.handlers, "stats", {})).total).toBe(87);
    expect((await call(lib.handlers, "getPaper", { id: added.id })).state.note).toBe("classic");
  });

  it("a deletion never rewrites corpus.json and survives a restart", async () => {
    const { readFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const before = await readFile(join(dir, "corpus.json"), "utf8");
    await call(lib.handlers, "deletePapers", { ids: [at(1)] });
    await reopen();
    expect(await readFile(join(dir, "corpus.json"), "utf8")).toBe(before);
    expect((await call(lib.handlers, "stats", {})).total).toBe(85);
  });

  it("rejects a missing title and a non-http URL", async () => {
    expect((await dispatch(lib.handlers, "addPaper", { title: "  " })).ok).toBe(false);
    expect((await dispatch(lib.handlers, "addPaper", { title: "x", url: "javascript:alert(1)" })).ok).toBe(false);
  });
});

describe("bulk actions and undo", () => {
  it("one undo reverts a whole bulk action, on disk too", async () => {
    await call(lib.handlers, "setStatus", { ids: [at(0)], status: "read" });
    const bulk = await call(lib.handlers, "setStatus", { ids: ids, status: "reading" });
    expect(bulk.undoLabel).toBe("Mark as Reading (5 papers)");
    expect((await call(lib.handlers, "stats", {})).undo).toBe("Mark as Reading (5 papers)");
    await call(lib.handlers, "undo", {});
    await reopen();
    const stats = await call(lib.handlers, "stats", {});
    expect(stats.byStatus).toEqual({ unread: 85, reading: 0, read: 1 });
  });

  it("keeps at least the last 20 actions", async () => {
    for (let i = 0; i < 25; i++) {
      await call(lib.handlers, "setPriority", { ids: [at(0), at(1)], priority: i % 2 ? "low" : "high" });
    }
    let undone = 0;
    while ((await call(lib.handlers, "undo", {})).undone) undone += 1;
    expect(undone).toBe(25);
    expect((await state(0)).priority).toBe("none");
  });

  it("undo with nothing to undo says so", async () => {
    expect(await call(lib.handlers, "undo", {})).toEqual({ undone: null });
  });
});

describe("smart lists and settings", () => {
  it("save, count live, rename, delete (undoable), persist", async () => {
    await call(lib.handlers, "addTags", { ids: [at(0), at(1)], tags: ["to-read"] });
    const saved = await call(lib.handlers, "saveSmartList", { name: "Queue", query: { tags: ["to-read"] } });
    let stats = await call(lib.handlers, "stats", {});
    expect(stats.smartLists).toMatchObject([{ id: saved.id, name: "Queue", count: 2 }]);
    await call(lib.handlers, "addTags", { ids: [at(2)], tags: ["to-read"] });
    await call(lib.handlers, "renameSmartList", { id: saved.id, name: "Reading queue" });
    await reopen();
    stats = await call(lib.handlers, "stats", {});
    expect(stats.smartLists).toMatchObject([{ name: "Reading queue", count: 3 }]);
    await call(lib.handlers, "deleteSmartList", { id: saved.id });
    expect((await call(lib.handlers, "stats", {})).smartLists).toEqual([]);
    await call(lib.handlers, "undo", {});
    expect((await call(lib.handlers, "stats", {})).smartLists).toHaveLength(1);
  });

  it("the theme override is kept", async () => {
    await call(lib.handlers, "setSettings", { theme: "dark" });
    await reopen();
    expect(await call(lib.handlers, "getSettings", {})).toEqual({ theme: "dark" });
    expect((await dispatch(lib.handlers, "setSettings", { theme: "neon" })).ok).toBe(false);
  });
});
