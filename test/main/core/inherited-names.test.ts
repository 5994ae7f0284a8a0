/**
 * Every name Object.prototype carries (`toString`, `constructor`, `__proto__`, ...) sent through every
 * method that takes an id or a name, and through imports: it works as any other name or is refused as
 * any unknown id is, nothing else changes, and a restart brings back exactly what was acknowledged.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call, dispatch } from "../../../main/core/dispatch";
import { type Library, openLibrary } from "../../../main/core/library";
import type { MethodInput, MethodName } from "../../../shared/api/schemas";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__"])];
/** An id nothing has, to compare with: an inherited name must be answered exactly like it. */
const UNKNOWN = "no-such-name";
const AT = "2024-01-01T00:00:00.000Z";

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

async function ok<M extends MethodName>(method: M, arg: MethodInput<M>) {
  return call(lib.handlers, method, arg);
}

/** What the user sees of the library: sidebar figures, every row, and the detail of some papers. */
async function snapshot(ids: readonly string[] = []) {
  const { undo: _undo, ...stats } = await ok("stats", {});
  // `indexed` tells whether the answer came from the index or a scan (after a restart it is rebuilding).
  const { indexed: _indexed, ...rows } = await ok("query", { limit: 500 });
  const details = [];
  for (const id of ids) details.push(await ok("getPaper", { id }));
  return { stats, rows, details };
}

/**
 * Close and reopen the library: nothing is recovered, nothing is reported. After a `crash` the edits
 * come back from the journal rather than from library.json.
 */
async function restart(crash = false): Promise<void> {
  const files = ["library.json", "library.journal"];
  const left = crash ? await Promise.all(files.map((f) => readFile(join(dir, f), "utf8"))) : [];
  if (crash) expect(left[1]).toMatch(/"s":\d+/);
  await lib.close();
  for (const [i, text] of left.entries()) await writeFile(join(dir, files[i] ?? ""), text);
  lib = await openSeeded(dir);
  expect(lib.notices).toEqual([]);
}

async function seedIds(n: number): Promise<string[]> {
  const page = await ok("query", { limit: n });
  return page.items.map((r) => r.id);
}

/** Methods taking an id (or a name) of something that does not exist, built for a given name. */
function callsWith(name: string, paper: string): [MethodName, unknown][] {
  return [
    ["getPaper", { id: name }],
    ["setStatus", { ids: [name], status: "read" }],
    ["addTags", { ids: [name], tags: ["t"] }],
    ["removeTags", { ids: [name], tags: ["t"] }],
    ["setNote", { id: name, note: "n" }],
    ["setPriority", { ids: [name], priority: "high" }],
    ["setStarred", { ids: [name], starred: true }],
    ["addHighlight", { id: name, start: 0, end: 1, quote: "x" }],
    ["updateHighlight", { id: name, highlightId: name, comment: "c" }],
    ["updateHighlight", { id: paper, highlightId: name, comment: "c" }],
    ["deleteHighlight", { id: paper, highlightId: name }],
    ["updatePaper", { id: name, fields: { title: "t" } }],
    ["deletePapers", { ids: [name] }],
    ["exportLibrary", { format: "json", scope: "ids", ids: [name] }],
    ["renameSmartList", { id: name, name: "n" }],
    ["deleteSmartList", { id: name }],
    ["commitImport", { token: name }],
    ["setTagColor", { tag: name, color: "red" }],
    ["renameTag", { from: name, to: "renamed" }],
    ["deleteTag", { tag: name }],
  ];
}

function backupWith(name: string): string {
  const abstract = "Inherited names are plain names here.";
  const paper = (id: string, title: string, addedAt: string) => ({
    id,
    title,
    abstract,
    links: [],
    authors: ["Ada Author"],
    source: "test",
    addedAt,
  });
  const state = (tags: string[]) => ({
    status: "reading",
    priority: "high",
    starred: true,
    tags,
    note: `note of ${name}`,
    highlights: [{ id: name, start: 0, end: 9, quote: "Inherited", comment: "", createdAt: AT }],
  });
  const list = {
    id: name,
    name: `List ${name}`,
    query: { text: "", tags: [name], tagMode: "any", sort: { key: "added", dir: "asc" } },
    createdAt: AT,
  };
  // Computed keys define own properties, so "__proto__" is written as a key like any other.
  return JSON.stringify({
    folio: "backup",
    version: 1,
    exportedAt: AT,
    papers: [
      paper(name, `A paper whose id is ${name}`, AT),
      paper("normal-id", "A paper with a normal id", "2024-01-02T00:00:00.000Z"),
    ],
    states: { [name]: state([name]), "normal-id": state([name, "plain"]) },
    // Folio writes lower-cased keys; one written by hand as the tag is spelt counts as the same tag.
    tags: { [name]: { color: "teal" } },
    savedSearches: [list],
  });
}

/** One paper per import format, tagged (keyword, category) with `name`, with a field or column so named. */
function importFiles(name: string): Record<string, string> {
  const title = (format: string) => `${format} about ${name}`;
  const csl = { id: name, type: "article-journal", title: title("csl-json"), keyword: name, [name]: "x" };
  return {
    bibtex: `@article{${name},\n  title = {${title("bibtex")}},\n  author = {Doe, Jane},\n  ${name} = {x},\n  keywords = {${name}, plain}\n}\n`,
    ris: `TY  - JOUR\nTI  - ${title("ris")}\nAU  - Doe, Jane\nKW  - ${name}\nER  - \n`,
    "csl-json": JSON.stringify([csl]),
    "zotero-csv": `Key,Item Type,Publication Year,Author,Title,Manual Tags,${name}\n${name},journalArticle,2020,"Doe, Jane",${title("zotero-csv")},${name},x\n`,
    "arxiv-atom": `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>${title("arxiv-atom")}</title><summary>s</summary><author><name>Jane Doe</name></author><category term="${name}"/></entry></feed>`,
  };
}

describe.each(NAMES)("the inherited name %s", (name) => {
  it("as an id nothing has: refused as an unknown id is, and nothing changes", async () => {
    const [paper = ""] = await seedIds(1);
    const before = await snapshot([paper]);
    const unknown = callsWith(UNKNOWN, paper);
    const inherited = callsWith(name, paper);
    for (const [i, [method, arg]] of inherited.entries()) {
      const expected = await dispatch(lib.handlers, unknown[i]?.[0] ?? method, unknown[i]?.[1]);
      const got = await dispatch(lib.handlers, method, arg);
      expect({ method, ok: got.ok, code: got.ok ? undefined : got.error.code }).toEqual({
        method,
        ok: expected.ok,
        code: expected.ok ? undefined : expected.error.code,
      });
      expect(got.ok).toBe(false);
    }
    expect(await snapshot([paper])).toEqual(before);
    await restart();
    expect(await snapshot([paper])).toEqual(before);
  });

  it("as a tag and a smart list's name: works as any name, and survives a restart", async () => {
    const [p1 = "", p2 = "", p3 = ""] = await seedIds(3);
    await ok("addTags", { ids: [p1, p2], tags: [name] });
    await ok("addTags", { ids: [p1], tags: [`${name}/child`] });
    await ok("addTags", { ids: [p3], tags: ["other"] });
    await ok("setTagColor", { tag: name, color: "red" });
    await ok("setTagColor", { tag: `${name}/child`, color: "blue" });
    await ok("renameTag", { from: "other", to: name });
    await ok("removeTags", { ids: [p2], tags: [name] });
    await ok("setNote", { id: p1, note: name });
    const { id: listId } = await ok("saveSmartList", { name, query: { tags: [name] } });
    const { id: added } = await ok("addPaper", { title: name, authors: [name], venue: name });
    await ok("updatePaper", { id: added, fields: { doi: name } });

    const stats = await ok("stats", {});
    expect(stats.tags).toContainEqual({ name, count: 2, color: "red" });
    expect(stats.tags).toContainEqual({ name: `${name}/child`, count: 1, color: "blue" });
    expect(stats.smartLists).toContainEqual(expect.objectContaining({ id: listId, name, count: 2 }));
    expect((await ok("query", { tags: [name] })).total).toBe(2);
    expect((await ok("query", { text: `tag:${name}` })).total).toBe(2);
    // Free text also matches the tag (and, being fuzzy, maybe other papers' words).
    const byText = (await ok("query", { text: name })).items.map((r) => r.id);
    expect(byText).toEqual(expect.arrayContaining([p1, p3]));

    const before = await snapshot([p1, p2, p3, added]);
    expect(before.details[3]?.paper).toMatchObject({ title: name, authors: [name], venue: name, doi: name });
    await restart();
    expect(await snapshot([p1, p2, p3, added])).toEqual(before);

    await ok("renameSmartList", { id: listId, name: `${name} again` });
    await ok("deleteTag", { tag: name });
    expect((await ok("stats", {})).tags.map((t) => t.name)).not.toContain(name);
    const after = await snapshot([p1, p2, p3, added]);
    await restart(true);
    expect(await snapshot([p1, p2, p3, added])).toEqual(after);
  });

  it("as paper, tag, highlight and smart list ids in a backup: imported, edited, kept through a restart", async () => {
    const preview = await ok("previewImport", { text: backupWith(name), filename: "backup.json" });
    expect(preview).toMatchObject({ format: "folio-json", added: 2, merged: 0 });
    await ok("commitImport", { token: preview.token });

    const detail = await ok("getPaper", { id: name });
    expect(detail.paper.title).toBe(`A paper whose id is ${name}`);
    expect(detail.state).toMatchObject({ status: "reading", tags: [name], note: `note of ${name}` });
    expect(detail.state.highlights.map((h) => h.id)).toEqual([name]);
    const stats = await ok("stats", {});
    expect(stats.total).toBe(88);
    expect(stats.tags).toContainEqual({ name, count: 2, color: "teal" });
    expect(stats.smartLists).toContainEqual(expect.objectContaining({ id: name, name: `List ${name}`, count: 2 }));

    await ok("renameSmartList", { id: name, name: "Renamed list" });
    await ok("setNote", { id: name, note: "edited" });
    await ok("updateHighlight", { id: name, highlightId: name, comment: "a comment" });
    await ok("updatePaper", { id: name, fields: { venue: "A venue" } });
    await ok("setStatus", { ids: [name, "normal-id"], status: "read" });
    await ok("setTagColor", { tag: name, color: "green" });
    const exported = await ok("exportLibrary", { format: "json", scope: "ids", ids: [name] });
    expect(exported.papers).toBe(1);
    await ok("deletePapers", { ids: [name] });
    expect((await dispatch(lib.handlers, "getPaper", { id: name })).ok).toBe(false);
    await ok("undo", {});
    expect((await ok("getPaper", { id: name })).state.note).toBe("edited");
    expect((await ok("query", { tags: [name] })).total).toBe(2);

    const before = await snapshot([name, "normal-id"]);
    await restart(true);
    expect(await snapshot([name, "normal-id"])).toEqual(before);
    await restart();
    expect(await snapshot([name, "normal-id"])).toEqual(before);

    // The library's own backup of it restores the same into an empty library.
    const backup = await ok("exportLibrary", { format: "json" });
    const text = backup.files[0]?.content ?? "";
    const otherDir = await makeTempDir();
    const other = await openLibrary({ dataDir: otherDir });
    try {
      const again = await call(other.handlers, "previewImport", { text });
      await call(other.handlers, "commitImport", { token: again.token });
      expect(await call(other.handlers, "getPaper", { id: name })).toEqual(before.details[0]);
      const { undo: _undo, ...otherStats } = await call(other.handlers, "stats", {});
      expect(otherStats.tags).toEqual(before.stats.tags);
      expect(otherStats.smartLists).toEqual(before.stats.smartLists);
    } finally {
      await other.close();
      await removeDir(otherDir);
    }
  });

  it("as a keyword, field or column in every import format, and in the file's name: a tag kept through a restart", async () => {
    const files = importFiles(name);
    for (const [format, text] of Object.entries(files)) {
      const preview = await ok("previewImport", { text, filename: `refs.${name}` });
      expect(preview).toMatchObject({ format, added: 1, problems: [] });
      await ok("commitImport", { token: preview.token });
    }
    await ok("setTagColor", { tag: name, color: "purple" });
    const count = Object.keys(files).length;
    expect((await ok("stats", {})).tags).toContainEqual({ name, count, color: "purple" });
    const found = await ok("query", { tags: [name] });
    expect(found.items.map((r) => r.title).sort()).toEqual(
      Object.keys(files)
        .map((f) => `${f} about ${name}`)
        .sort(),
    );

    const ids = found.items.map((r) => r.id);
    const before = await snapshot(ids);
    await restart();
    expect(await snapshot(ids)).toEqual(before);
  });
});
