/**
 * A full disk, on a real small tmpfs where the test may mount one (else the injected fs layer): a
 * refused edit changes nothing anywhere, a torn write is cut back, a failed compaction recovers, and a
 * SIGKILL after all that loses no acknowledged edit and resurrects no refused one.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { call, dispatch, dispatchWith } from "../../../main/core/dispatch";
import type { Library } from "../../../main/core/library";
import { ChunkedJSONFile } from "../../../main/core/store/chunked-json-file";
import { readJournal } from "../../../main/core/store/journal";
import { LibraryStore } from "../../../main/core/store/library-store";
import { buildCrashChild } from "../../crash/build-child";
import { runFullDiskChild } from "../../crash/full-disk-rounds";
import { enospc } from "../../helpers/fake-disk";
import { type SmallDisk, searchIndexSaved, smallDisk } from "../../helpers/small-disk";
import { openSeeded, SEED_PATH } from "../../helpers/temp-library";

/** Longer than a 4 KiB block: never fits in what a full disk has left. */
const BIG = "x".repeat(6000);

let disk: SmallDisk;
beforeAll(async () => {
  disk = await smallDisk("8m");
  console.log(`full-disk tests run on: ${disk.kind}`);
});
afterEach(async () => {
  await disk.free();
});
afterAll(async () => {
  await disk.dispose();
});

function noticesOf(lib: Library): string[] {
  const got: string[] = [];
  lib.events.on("notice", (n) => got.push(`${n.level}: ${n.message}`));
  return got;
}

const bytes = (path: string) => readFile(path).catch(() => Buffer.alloc(0));

/** Everything a refused edit must leave as it was. */
async function observe(lib: Library, dir: string, ids: string[]) {
  return {
    stats: await call(lib.handlers, "stats", {}),
    // `indexed` says whether the search index has caught up yet; the rows are what must not change.
    rows: (await call(lib.handlers, "query", { limit: 500 })).items,
    tagged: (await call(lib.handlers, "query", { tags: ["refused"] })).total,
    read: (await call(lib.handlers, "query", { status: "read" })).total,
    papers: await Promise.all(ids.map((id) => call(lib.handlers, "getPaper", { id }))),
    journal: (await bytes(join(dir, "library.journal"))).toString("base64"),
    snapshot: (await bytes(join(dir, "library.json"))).toString("base64"),
  };
}

describe("a full disk", () => {
  it("refuses an edit with a clear message and changes nothing: memory, counters, query, undo, disk", async () => {
    const dir = await disk.newDir();
    const tuning = { ...disk.tuning, compactAfterIdleMs: 60_000 };
    const lib = await openSeeded(dir, { tuning });
    const notices = noticesOf(lib);
    const ids = (await call(lib.handlers, "query", { limit: 3 })).items.map((r) => r.id);
    const [a = "", b = "", c = ""] = ids;
    const before = await observe(lib, dir, ids);
    await searchIndexSaved(dir);

    await disk.fill();
    const refused = await Promise.all([
      dispatch(lib.handlers, "setNote", { id: a, note: `lost ${BIG}` }),
      dispatch(lib.handlers, "addTags", { ids: [a, b], tags: ["refused"] }),
      dispatch(lib.handlers, "setStatus", { ids: [a, b, c], status: "read" }),
      dispatch(lib.handlers, "deletePapers", { ids: [c] }),
    ]);
    expect(await observe(lib, dir, ids)).toEqual(before);
    for (const r of refused) {
      expect(r).toMatchObject({ ok: false, error: { message: "The disk is full: this change was not saved" } });
    }
    expect(notices.join("\n")).toMatch(/^error: The disk is full: this change was not saved\./m);
    expect(await call(lib.handlers, "undo", {})).toEqual({ undone: null });

    await disk.free();
    await call(lib.handlers, "setNote", { id: b, note: "kept" });
    expect(notices.at(-1)).toBe("info: Changes are being saved again.");
    await lib.close();

    const again = await openSeeded(dir);
    try {
      expect(again.notices).toEqual([]);
      const [pa, pb, pc] = await Promise.all(ids.map((id) => call(again.handlers, "getPaper", { id })));
      expect(pa?.state).toEqual(before.papers[0]?.state);
      expect(pb?.state.note).toBe("kept");
      expect(pb?.state.tags).toEqual([]);
      expect(pc?.state).toEqual(before.papers[2]?.state);
      expect((await call(again.handlers, "stats", {})).total).toBe(before.stats.total);
    } finally {
      await again.close();
    }
  });

  it("an undo the disk refuses stays on the undo stack, to be undone once there is room", async () => {
    const dir = await disk.newDir();
    const lib = await openSeeded(dir, { tuning: { ...disk.tuning, compactAfterIdleMs: 60_000 } });
    try {
      // Every paper, so the undo's journal lines are far bigger than what a full disk has left.
      const ids = (await call(lib.handlers, "query", { limit: 500 })).items.map((r) => r.id);
      const done = await call(lib.handlers, "setStatus", { ids, status: "read" });
      await searchIndexSaved(dir);

      await disk.fill();
      const refused = await dispatch(lib.handlers, "undo", {});
      expect(refused).toMatchObject({ ok: false, error: { message: "The disk is full: this change was not saved" } });
      expect((await call(lib.handlers, "stats", {})).byStatus.read).toBe(ids.length);

      await disk.free();
      expect(await call(lib.handlers, "undo", {})).toEqual({ undone: done.undoLabel });
      expect((await call(lib.handlers, "stats", {})).byStatus.read).toBe(0);
    } finally {
      await lib.close();
    }
  });

  it("cuts a torn write back, so the next edit starts a clean line and every acknowledged one replays", async () => {
    const dir = await disk.newDir();
    const tuning = { ...disk.tuning, compactAfterIdleMs: 60_000 };
    const lib = await openSeeded(dir, { tuning });
    const journalPath = join(dir, "library.journal");
    const [a = "", b = "", c = ""] = (await call(lib.handlers, "query", { limit: 3 })).items.map((r) => r.id);
    await call(lib.handlers, "setNote", { id: a, note: "first" });
    const goodJournal = await bytes(journalPath);
    expect(goodJournal.length).toBeGreaterThan(0);
    await searchIndexSaved(dir);

    await disk.fill();
    // Part of this line fits in what is left of the journal's last block: a short write, then ENOSPC.
    const torn = await dispatch(lib.handlers, "setNote", { id: b, note: `torn ${BIG}` });
    expect(torn.ok).toBe(false);
    expect(await bytes(journalPath)).toEqual(goodJournal);

    await disk.free();
    await call(lib.handlers, "setNote", { id: c, note: "third" });
    const replay = await readJournal(journalPath);
    expect(replay.problems).toEqual([]);
    expect(replay.entries.map((e) => [e.s, e.id, (e.v as { note: string }).note])).toEqual([
      [1, a, "first"],
      [2, c, "third"],
    ]);
    await lib.close();

    const again = await openSeeded(dir);
    try {
      expect(again.notices).toEqual([]);
      const notes = await Promise.all([a, b, c].map((id) => call(again.handlers, "getPaper", { id })));
      expect(notes.map((p) => p.state.note)).toEqual(["first", "", "third"]);
    } finally {
      await again.close();
    }
  });

  it("a failed compaction does not block the next: it recovers once there is room", async () => {
    const dir = await disk.newDir();
    const store = await LibraryStore.open(dir, { ...disk.tuning, compactAfterIdleMs: 60_000 });
    const errors: string[] = [];
    store.onBackgroundError = (err) => errors.push(err.message);
    // Enough tags that the snapshot is bigger than the room a full disk leaves.
    const tags = Array.from({ length: 40 }, (_, i) => ({
      k: "tags" as const,
      id: `tag-${i}`,
      v: { color: "#ff0000" },
    }));
    await store.put(tags);
    const snapshot = await bytes(join(dir, "library.json"));

    await disk.fill();
    await expect(store.compact()).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await bytes(join(dir, "library.json"))).toEqual(snapshot);

    await disk.free();
    await store.compact();
    const folded = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(Object.keys(folded.tags)).toHaveLength(40);
    expect((await stat(join(dir, "library.journal"))).size).toBe(0);
    await store.close();
    expect(errors).toEqual([]);
  });

  it("a background compaction that failed is tried again by itself once there is room", async () => {
    const dir = await disk.newDir();
    const tuning = { ...disk.tuning, compactAfterEntries: 41, compactAfterIdleMs: 60_000, compactRetryMs: 20 };
    const store = await LibraryStore.open(dir, tuning);
    const errors: string[] = [];
    store.onBackgroundError = (err) => errors.push(err.message);
    const tags = Array.from({ length: 40 }, (_, i) => ({
      k: "tags" as const,
      id: `tag-${i}`,
      v: { color: "#0000ff" },
    }));
    await store.put(tags);
    await disk.fill();
    // Fits in what is left of the journal's block; the compaction it triggers does not.
    await store.put([{ k: "tags", id: "last", v: { color: "#000000" } }]);
    for (let i = 0; i < 300 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(errors.join("\n")).toMatch(/ENOSPC/);

    await disk.free();
    const folded = async () => JSON.parse(await readFile(join(dir, "library.json"), "utf8")).tags.last;
    for (let i = 0; i < 300 && !(await folded()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await folded()).toEqual({ color: "#000000" });
    await store.close();
  });

  it("closing on a full disk loses nothing: the journal keeps every edit for the next start", async () => {
    const dir = await disk.newDir();
    const store = await LibraryStore.open(dir, { ...disk.tuning, compactAfterIdleMs: 60_000 });
    const errors: string[] = [];
    store.onBackgroundError = (err) => errors.push(err.message);
    const tags = Array.from({ length: 40 }, (_, i) => ({
      k: "tags" as const,
      id: `tag-${i}`,
      v: { color: "#00ff00" },
    }));
    await store.put(tags);
    await disk.fill();
    await store.close();
    expect(errors.join("\n")).toMatch(/ENOSPC/);

    await disk.free();
    const again = await LibraryStore.open(dir);
    try {
      expect(Object.keys(again.data.tags)).toHaveLength(40);
    } finally {
      await again.close();
    }
  });

  it("library.json is never replaced by a torn file: a short write fails the rewrite", async () => {
    const dir = await disk.newDir();
    const path = join(dir, "library.json");
    const file = new ChunkedJSONFile<unknown>(path, { openFile: disk.tuning.openFile });
    await file.write({ kept: true });
    const big = { rows: Array.from({ length: 2000 }, (_, i) => ({ i, text: "y".repeat(40) })) };

    await disk.fill();
    await disk.makeRoom(8192);
    await expect(file.write(big)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual({ kept: true });
    expect(await readdir(dir)).toEqual(["library.json"]);
  });

  it("a disk error thrown by any method comes back in words, not as an errno", async () => {
    const handlers = {
      save: async () => {
        throw enospc();
      },
    };
    const reply = await dispatchWith({ save: z.strictObject({}) }, handlers, "save", {});
    expect(reply).toEqual({
      ok: false,
      error: { code: "INTERNAL", message: "The disk is full: save could not save its work" },
    });
  });

  it("SIGKILL after filling, editing, freeing and editing: every acknowledged edit there, no refused one", {
    timeout: 30_000,
  }, async () => {
    const child = await buildCrashChild(new URL("../../crash/full-disk-child.ts", import.meta.url).pathname);
    const dir = await disk.newDir();
    const run = await runFullDiskChild(child, dir, SEED_PATH, disk);
    console.log(`full-disk child on ${disk.kind}: ${run.summary}\n${run.notices.join("\n")}`);
    expect(run.problems).toEqual([]);
    expect(run.refused.length).toBeGreaterThan(0);
    expect(run.acknowledged.length).toBeGreaterThan(run.refused.length);
    for (const r of run.refused) expect(r.message).toMatch(/^The disk is full: this change was not saved$/);
    expect(run.notices.join("\n")).toMatch(/error: The disk is full: this change was not saved/);
    expect(run.notices.join("\n")).toMatch(/info: Changes are being saved again/);
  });
});
