/** Import (preview, atomic commit, dedupe, merge) and export through the library core, on real files. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call, dispatch } from "../../../main/core/dispatch";
import { type Library, openLibrary } from "../../../main/core/library";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

const fixture = (name: string) => readFile(new URL(`../../fixtures/import/${name}`, import.meta.url), "utf8");

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

const journal = () => readFile(join(dir, "library.journal"), "utf8").catch(() => "");

describe("import", () => {
  it("previews a real RIS export without writing, then commits it in one journal line", async () => {
    const text = await fixture("ris-zotero-eucap2019.ris");
    const preview = await call(lib.handlers, "previewImport", { text, filename: "eucap2019.ris" });
    expect(preview.format).toBe("ris");
    expect(preview.added).toBeGreaterThan(5);
    expect(preview.addedTitles).toContain(
      "Far-infrared time-domain spectroscopy with terahertz beams of dielectrics and semiconductors",
    );
    expect(await journal()).toBe("");
    expect((await call(lib.handlers, "stats", {})).total).toBe(86);

    const result = await call(lib.handlers, "commitImport", { token: preview.token });
    expect(result.added).toBe(preview.added);
    expect((await journal()).trim().split("\n")).toHaveLength(1);
    expect((await call(lib.handlers, "stats", {})).total).toBe(86 + preview.added);
    const found = await call(lib.handlers, "query", { text: "terahertz beams" });
    expect(found.total).toBe(1);

    // The same file again adds nothing; the token was single-use.
    const again = await call(lib.handlers, "previewImport", { text, filename: "eucap2019.ris" });
    expect(again.added).toBe(0);
    const reused = await dispatch(lib.handlers, "commitImport", { token: preview.token });
    expect(reused.ok === false && reused.error.code).toBe("NOT_FOUND");
  });

  it("re-importing the bundled page changes nothing", async () => {
    const text = await readFile(new URL("../../../data/trending-papers.txt", import.meta.url), "utf8");
    const preview = await call(lib.handlers, "previewImport", { text });
    expect(preview).toMatchObject({ format: "trending-page", entries: 86, added: 0 });
  });

  it("a duplicate merges into the existing paper: the user's note is kept and the file's appended", async () => {
    const page = await call(lib.handlers, "query", { limit: 1 });
    const first = page.items[0];
    if (!first) throw new Error("seed missing");
    await call(lib.handlers, "setNote", { id: first.id, note: "my own words" });
    const text = JSON.stringify([
      {
        id: "x1",
        type: "article-journal",
        title: first.title,
        DOI: "10.1234/shs",
        note: "from Zotero",
        issued: { "date-parts": [[2023]] },
      },
    ]);
    const preview = await call(lib.handlers, "previewImport", { text, filename: "refs.json" });
    expect(preview).toMatchObject({ format: "csl-json", added: 0, merged: 1 });
    await call(lib.handlers, "commitImport", { token: preview.token });
    const { paper, state } = await call(lib.handlers, "getPaper", { id: first.id });
    expect(state.note).toBe("my own words\n\n---\n\nfrom Zotero");
    expect(paper.doi).toBe("10.1234/shs");
    expect(paper.year).toBe(2023);
  });

  it("two previews of one file, both committed: the second is planned again and adds nothing twice", async () => {
    const text = await fixture("dendron-refs-scholar-zotero-bbt.bib");
    const first = await call(lib.handlers, "previewImport", { text, filename: "refs.bib" });
    const second = await call(lib.handlers, "previewImport", { text, filename: "refs.bib" });
    expect([first.added, second.added]).toEqual([3, 3]);
    expect((await call(lib.handlers, "commitImport", { token: first.token })).added).toBe(3);
    const again = await call(lib.handlers, "commitImport", { token: second.token });
    expect(again).toMatchObject({ added: 0, changed: 0 });
    expect((await call(lib.handlers, "stats", {})).total).toBe(89);
  });

  it("what an import adds or merges is dated at commit, not at preview", async () => {
    await lib.close();
    let clock = Date.parse("2026-01-01T10:00:00.000Z");
    lib = await openSeeded(dir, { now: () => new Date(clock) });
    const page = await call(lib.handlers, "query", { limit: 1 });
    const seeded = page.items[0];
    if (!seeded) throw new Error("seed missing");
    const text = JSON.stringify([
      { id: "a", type: "article-journal", title: "A paper only this file has", DOI: "10.1234/only" },
      { id: "b", type: "article-journal", title: seeded.title, note: "from Zotero" },
    ]);
    const preview = await call(lib.handlers, "previewImport", { text, filename: "refs.json" });
    expect(preview).toMatchObject({ added: 1, merged: 1 });
    clock += 60_000;
    await call(lib.handlers, "commitImport", { token: preview.token });
    const added = await call(lib.handlers, "getPaper", { id: "doi:10.1234/only" });
    expect(added.paper.addedAt).toBe("2026-01-01T10:01:00.000Z");
    const merged = await call(lib.handlers, "getPaper", { id: seeded.id });
    expect(merged.state.note).toBe("from Zotero");
    expect(merged.state.updatedAt).toBe("2026-01-01T10:01:00.000Z");
  });

  it("a broken file gets a clear message and changes nothing", async () => {
    const env = await dispatch(lib.handlers, "previewImport", {
      text: "\u0000\u0001 not a bibliography",
      filename: "x.bin",
    });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toMatch(/Could not recognise the format/);
    expect(await journal()).toBe("");
  });

  it("an import can be undone, on disk too", async () => {
    const text = await fixture("dendron-refs-scholar-zotero-bbt.bib");
    const preview = await call(lib.handlers, "previewImport", { text, filename: "refs.bib" });
    expect(preview.added).toBe(3);
    await call(lib.handlers, "commitImport", { token: preview.token });
    expect((await call(lib.handlers, "stats", {})).total).toBe(89);
    await call(lib.handlers, "undo", {});
    await lib.close();
    lib = await openSeeded(dir);
    expect((await call(lib.handlers, "stats", {})).total).toBe(86);
  });

  it("many imported papers are folded into corpus.json at close", async () => {
    const entries = Array.from(
      { length: 600 },
      (_, i) => `TY  - JOUR\nTI  - Generated paper number ${i}\nPY  - 2020\nER  - \n`,
    );
    const preview = await call(lib.handlers, "previewImport", { text: entries.join("\n"), filename: "many.ris" });
    expect(preview.added).toBe(600);
    await call(lib.handlers, "commitImport", { token: preview.token });
    await lib.close();
    const corpus = JSON.parse(await readFile(join(dir, "corpus.json"), "utf8"));
    expect(corpus.papers).toHaveLength(686);
    const library = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(library.corpus).toEqual({});
    lib = await openSeeded(dir);
    expect((await call(lib.handlers, "stats", {})).total).toBe(686);
  });
});

describe("export", () => {
  it("writes every format for a scope of ids, a query, or everything", async () => {
    const page = await call(lib.handlers, "query", { limit: 3 });
    const ids = page.items.map((r) => r.id);
    await call(lib.handlers, "addTags", { ids, tags: ["to-cite"] });
    await call(lib.handlers, "setNote", { id: ids[0] ?? "", note: '=HYPERLINK("x") is data, not a formula' });
    const md = await call(lib.handlers, "exportLibrary", { format: "markdown-folder", scope: "ids", ids });
    expect(md.files).toHaveLength(3);
    expect(md.files[0]?.content).toMatch(/^---\n/);
    const bib = await call(lib.handlers, "exportLibrary", {
      format: "bibtex",
      scope: "query",
      query: { tags: ["to-cite"] },
    });
    expect(bib.papers).toBe(3);
    expect(bib.files[0]?.content).toContain("keywords = {to-cite}");
    const csv = await call(lib.handlers, "exportLibrary", { format: "csv", bom: true });
    expect(csv.papers).toBe(86);
    expect(csv.files[0]?.content.startsWith("\uFEFF")).toBe(true);
    expect(csv.files[0]?.content).toContain("'=HYPERLINK");
    const csl = await call(lib.handlers, "exportLibrary", { format: "csl-json", scope: "ids", ids });
    expect(JSON.parse(csl.files[0]?.content ?? "")).toHaveLength(3);
  });
});

describe("the JSON backup round trip", () => {
  it("export -> import into an empty library -> the same state", { timeout: 60_000 }, async () => {
    const page = await call(lib.handlers, "query", { limit: 20 });
    const ids = page.items.map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            i: fc.nat({ max: 19 }),
            status: fc.constantFrom("unread", "reading", "read" as const),
            tag: fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,6})?$/),
            note: fc.string({ maxLength: 40 }),
          }),
          { maxLength: 8 },
        ),
        async (edits) => {
          for (const e of edits) {
            const id = ids[e.i] ?? "";
            await call(lib.handlers, "setStatus", { ids: [id], status: e.status });
            await call(lib.handlers, "addTags", { ids: [id], tags: [e.tag] });
            await call(lib.handlers, "setNote", { id, note: e.note });
          }
          const backup = await call(lib.handlers, "exportLibrary", { format: "json" });
          const emptyDir = await makeTempDir();
          const empty = await openLibrary({ dataDir: emptyDir });
          try {
            const text = backup.files[0]?.content ?? "";
            const preview = await call(empty.handlers, "previewImport", { text });
            await call(empty.handlers, "commitImport", { token: preview.token });
            const again = await call(empty.handlers, "exportLibrary", { format: "json" });
            const strip = (t: string) => ({ ...JSON.parse(t), exportedAt: "" });
            expect(strip(again.files[0]?.content ?? "")).toEqual(strip(text));
          } finally {
            await empty.close();
            await removeDir(emptyDir);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
