import { describe, expect, it } from "vitest";
import { createSearch, type SearchEngine } from "../../../main/search/engine";
import type { QueryArg } from "../../../main/search/filters";
import { parseQuery } from "../../../shared/search/query-syntax";
import { blankState, MemorySource, paper, seedPapers } from "./fixtures";

function arg(text: string, extra: Partial<QueryArg> = {}): QueryArg {
  return { text, tags: [], tagMode: "any", sort: { key: "relevance", dir: "desc" }, offset: 0, limit: 100, ...extra };
}

async function ready(source: MemorySource, { chunkMs = 1 } = {}): Promise<SearchEngine> {
  const engine = createSearch(source, { chunkMs });
  await engine.whenReady;
  expect(engine.ready).toBe(true);
  return engine;
}

function fieldFixture(): MemorySource {
  const filler = "A study of methods for learning representations from data.";
  const source = new MemorySource([
    paper("abstract", "Plain paper one", `${filler} The zephyr appears here.`),
    paper("note", "Plain paper two", filler),
    paper("tag", "Plain paper three", filler),
    paper("title", "The zephyr paper", filler),
    paper("none", "Unrelated", filler),
  ]);
  source.states.set("note", { ...blankState(), note: "Remember the zephyr." });
  source.states.set("tag", { ...blankState(), tags: ["zephyr"] });
  return source;
}

describe("ranking", () => {
  it("ranks a title match over a tag match over a note match over an abstract match", async () => {
    const engine = await ready(fieldFixture());
    const result = engine.query(arg("zephyr"));
    expect(result.indexed).toBe(true);
    expect(result.items.map((r) => r.id)).toEqual(["title", "tag", "note", "abstract"]);
    expect(engine.search(parseQuery("zephyr")).ids).toEqual(["title", "tag", "note", "abstract"]);
  });

  it("reports the matched words of each row's title and tags, and the matched terms", async () => {
    const engine = await ready(fieldFixture());
    const result = engine.query(arg("zeph"));
    expect(result.terms).toContain("zephyr");
    expect(result.items.find((r) => r.id === "title")?.matches).toEqual(["zephyr"]);
    expect(result.items.find((r) => r.id === "note")?.matches).toEqual([]);
  });
});

describe("word matching", () => {
  const cases: [text: string, ids: string[]][] = [
    ["zeph", ["title", "tag", "note", "abstract"]], // prefix while typing
    ["zeph ", []], // a finished word is not a prefix
    ["zephir", ["title", "tag", "note", "abstract"]], // one substitution
    ["zephyrs", ["title", "tag", "note", "abstract"]], // one insertion
    ["zehpyr", []], // a transposition is two edits
    ["plai", ["abstract", "note", "tag"]],
    ["paper -remember", ["abstract", "tag", "title"]],
    ["paper -zephyr", []],
    ['"zephyr paper"', ["title"]],
    ['"paper zephyr"', []],
    ['zephyr -"plain paper"', ["title"]],
    ["lern", []], // a 4-letter typo is not tolerated
    ["learnin", ["abstract", "note", "tag", "title", "none"]],
  ];
  it.each(cases)("%j", async (text, ids) => {
    const engine = await ready(fieldFixture());
    expect(engine.search(parseQuery(text)).ids.sort()).toEqual([...ids].sort());
  });
});

describe("filters and sorts", () => {
  function tagged(): MemorySource {
    const source = new MemorySource(
      ["a", "b", "c", "d", "e"].map((id, i) =>
        paper(id, `Title ${"edcba"[i]}`, "x", `2025-0${i + 1}-10T00:00:00.000Z`),
      ),
    );
    const set = (id: string, s: Partial<ReturnType<typeof blankState>>) =>
      source.states.set(id, { ...blankState(), ...s });
    set("a", { tags: ["method/transformers"], status: "read", priority: "high", starred: true });
    set("b", { tags: ["Method"], status: "reading", priority: "low", note: "n" });
    set("c", { tags: ["methods"], priority: "medium" });
    set("d", {
      tags: ["area/method"],
      highlights: [{ id: "h", start: 0, end: 1, quote: "x", comment: "", createdAt: "" }],
    });
    return source;
  }
  const cases: [QueryArg, string[]][] = [
    [arg("tag:method", { sort: { key: "added", dir: "asc" } }), ["a", "b"]],
    [arg("tag:method/transformers"), ["a"]],
    [arg("-tag:method", { sort: { key: "added", dir: "asc" } }), ["c", "d", "e"]],
    [arg("", { tags: ["METHOD"], sort: { key: "added", dir: "desc" } }), ["b", "a"]],
    [arg("", { tags: ["method", "area"], tagMode: "all" }), []],
    [arg("", { tags: ["method", "area"], tagMode: "any", sort: { key: "added", dir: "asc" } }), ["a", "b", "d"]],
    [arg("priority:>low", { sort: { key: "priority", dir: "desc" } }), ["a", "c"]],
    [arg("status:unread", { sort: { key: "title", dir: "asc" } }), ["e", "d", "c"]],
    [arg("is:starred"), ["a"]],
    [arg("has:note"), ["b"]],
    [arg("has:highlight"), ["d"]],
    [arg("added:2025-03"), ["c"]],
    [arg("added:>=2025-04-10", { sort: { key: "added", dir: "asc" } }), ["d", "e"]],
    [arg("", { status: "reading" }), ["b"]],
    [arg("", { sort: { key: "title", dir: "desc" }, offset: 1, limit: 2 }), ["b", "c"]],
    [arg("", { sort: { key: "status", dir: "desc" } }), ["a", "b", "c", "d", "e"]],
  ];
  it.each(cases)("%j", async (query, ids) => {
    const source = tagged();
    const engine = await ready(source);
    expect(engine.query(query).items.map((r) => r.id)).toEqual(ids);
    const scanning = createSearch(source, { start: false });
    expect(scanning.query(query).items.map((r) => r.id)).toEqual(ids);
  });
});

describe("before the index is ready", () => {
  it("answers by scanning, then from the index, and keeps edits made during the build", async () => {
    const source = new MemorySource(seedPapers());
    const engine = createSearch(source, { chunkMs: 0 });
    expect(engine.ready).toBe(false);
    expect(engine.query(arg("point cloud")).indexed).toBe(false);
    const [first, second] = source.list;
    if (!first || !second) throw new Error("seed missing");
    source.states.set(first.id, { ...blankState(), note: "quokka" });
    engine.updateState(first.id, source.stateOf(first.id));
    const added = paper("new", "A quokka census", "Counting quokkas.");
    source.list.push(added);
    engine.upsertPaper(added, blankState());
    source.list.splice(1, 1);
    engine.remove(second.id);
    await engine.whenReady;
    expect(engine.buildSlices).toBeGreaterThan(1);
    expect(engine.search(parseQuery("quokka")).ids).toEqual(["new", first.id]);
    expect(engine.query(arg("")).total).toBe(86);
  });
});

describe("imports", () => {
  it("imports many papers in slices and then answers like a fresh build", async () => {
    const [a, b, ...rest] = seedPapers();
    if (!a || !b) throw new Error("seed missing");
    const source = new MemorySource([a, b]);
    const engine = await ready(source);
    source.list.push(...rest);
    const importing = engine.upsertPapers(rest);
    engine.remove(a.id); // a delete while the import runs
    source.list.splice(0, 1);
    await importing;
    const fresh = await ready(source.clone());
    for (const text of ["", "point cloud", "diffusion model", "the"]) {
      for (const key of ["relevance", "title", "added"] as const) {
        const q = arg(text, { sort: { key, dir: "asc" }, limit: 500 });
        expect(engine.query(q).items).toEqual(fresh.query(q).items);
      }
    }
  });

  it("answers every query correctly while an import is being indexed (by scanning), then from the index", async () => {
    const [a, b, ...rest] = seedPapers();
    if (!a || !b) throw new Error("seed missing");
    const source = new MemorySource([a, b]);
    const engine = await ready(source, { chunkMs: 0 });
    source.list.push(...rest);
    const importing = engine.upsertPapers(rest);
    // With 0 ms slices the import yields after its first paper.
    expect(engine.current).toBe(false);
    const fresh = await ready(source.clone());
    const during = engine.query(arg("diffusion", { limit: 500 }));
    expect(during.indexed).toBe(false);
    expect(during.items.map((r) => r.id).sort()).toEqual(
      fresh
        .query(arg("diffusion", { limit: 500 }))
        .items.map((r) => r.id)
        .sort(),
    );
    expect(engine.search(parseQuery("diffusion")).ids.sort()).toEqual(fresh.search(parseQuery("diffusion")).ids.sort());
    await importing;
    expect(engine.current).toBe(true);
    expect(engine.query(arg("diffusion", { limit: 500 }))).toEqual(fresh.query(arg("diffusion", { limit: 500 })));
  });

  it("indexes a paper edited or deleted while its import was being indexed as it is now", async () => {
    const [a, b, c, ...rest] = seedPapers();
    if (!a || !b || !c) throw new Error("seed missing");
    const source = new MemorySource([a]);
    const engine = await ready(source, { chunkMs: 0 });
    source.list.push(b, c, ...rest);
    // With 0 ms slices the import yields after each paper: b and c, last, still wait for their turn.
    const importing = engine.upsertPapers([...rest, b, c]);
    const renamed = { ...b, title: "Quokka habits of the western isles" };
    source.list[1] = renamed;
    engine.upsertPaper(renamed, source.stateOf(b.id));
    source.list.splice(2, 1);
    engine.remove(c.id);
    await importing;
    expect(engine.search(parseQuery("quokka")).ids).toEqual([b.id]);
    expect(engine.search(parseQuery(`"${b.title}"`)).ids).not.toContain(b.id);
    expect(engine.query(arg("", { limit: 500 })).items.map((r) => r.id)).not.toContain(c.id);
    const fresh = await ready(source.clone());
    expect(engine.query(arg("", { limit: 500 })).items).toEqual(fresh.query(arg("", { limit: 500 })).items);
  });
});
