/** An import whose commit throws halfway is all-or-nothing: memory, counters, index and disk as before. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Counters } from "../../../main/core/counters";
import { call, dispatch } from "../../../main/core/dispatch";
import type { Library } from "../../../main/core/library";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

const fixture = (name: string) => readFile(new URL(`../../fixtures/import/${name}`, import.meta.url), "utf8");

let dir: string;
let lib: Library;
beforeEach(async () => {
  dir = await makeTempDir();
  lib = await openSeeded(dir);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await lib.close();
  await removeDir(dir);
});

const disk = async () => ({
  journal: await readFile(join(dir, "library.journal"), "utf8").catch(() => ""),
  snapshot: await readFile(join(dir, "library.json"), "utf8"),
});

async function observe(l: Library) {
  return {
    stats: await call(l.handlers, "stats", {}),
    total: (await call(l.handlers, "query", {})).total,
    found: (await call(l.handlers, "query", { text: "terahertz beams" })).total,
  };
}

describe("an import that throws halfway", () => {
  it("leaves stats, query results, the undo stack and the disk (after reopening) as they were", async () => {
    const text = await fixture("ris-zotero-eucap2019.ris");
    const preview = await call(lib.handlers, "previewImport", { text, filename: "eucap2019.ris" });
    expect(preview.added).toBeGreaterThan(5);
    const before = await observe(lib);
    const onDisk = await disk();

    // The third paper the commit counts throws, as a hostile or broken record would.
    const addPaper = Counters.prototype.addPaper;
    let calls = 0;
    vi.spyOn(Counters.prototype, "addPaper").mockImplementation(function (this: Counters, state) {
      calls += 1;
      if (calls === 3) throw new Error("injected failure while applying");
      addPaper.call(this, state);
    });
    const failed = await dispatch(lib.handlers, "commitImport", { token: preview.token });
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringMatching(/injected failure/) } });
    vi.restoreAllMocks();

    expect(await observe(lib)).toEqual(before);
    expect(await call(lib.handlers, "undo", {})).toEqual({ undone: null });
    expect(await disk()).toEqual(onDisk);
    await lib.close();
    lib = await openSeeded(dir);
    expect(await observe(lib)).toEqual(before);

    // Nothing half-done stands in the way of importing the same file again.
    const again = await call(lib.handlers, "previewImport", { text, filename: "eucap2019.ris" });
    expect(again.added).toBe(preview.added);
    await call(lib.handlers, "commitImport", { token: again.token });
    expect(await observe(lib)).toMatchObject({ total: before.total + preview.added, found: 1 });
  });

  it("a backup with a paper id `__proto__`: imported or refused, memory and disk agree", async () => {
    const backup = await call(lib.handlers, "exportLibrary", { format: "json" });
    const parsed = JSON.parse(backup.files[0]?.content ?? "");
    const model = parsed.papers[0];
    parsed.papers = [
      { ...model, id: "imported-first", title: "A paper only this backup has", identifiers: {} },
      { ...model, id: "__proto__", title: "A paper with a hostile id", identifiers: {} },
    ];
    const preview = await call(lib.handlers, "previewImport", { text: JSON.stringify(parsed) });
    const result = await dispatch(lib.handlers, "commitImport", { token: preview.token });
    const now = await observe(lib);
    expect(now.stats.total).toBe(now.total);
    expect(now.total).toBe(result.ok ? 86 + preview.added : 86);
    await lib.close();
    lib = await openSeeded(dir);
    const reopened = await observe(lib);
    expect(reopened.total).toBe(now.total);
    expect(reopened.stats.total).toBe(now.total);
  });
});
