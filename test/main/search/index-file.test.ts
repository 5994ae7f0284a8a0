import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSearch, INDEX_FILE } from "../../../main/search/engine";
import type { QueryArg } from "../../../main/search/filters";
import { makeTempDir, removeDir } from "../../helpers/temp-library";
import { blankState, MemorySource, paper, seedPapers } from "./fixtures";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

function source(): MemorySource {
  const s = new MemorySource(seedPapers());
  s.list.slice(0, 20).forEach((p, i) => {
    s.states.set(p.id, {
      ...blankState(),
      tags: [`t${i % 3}`, "method/transformers"],
      note: i % 2 ? "a note on clouds" : "",
    });
  });
  return s;
}

const QUERIES: QueryArg[] = ["point cloud", "diffu", "tag:method clouds", '"normal estimation"', "transformr", ""].map(
  (text) => ({ text, tags: [], tagMode: "any", sort: { key: "relevance", dir: "desc" }, offset: 0, limit: 500 }),
);

async function answers(s: MemorySource, opts: { dataDir: string; onError?: (e: Error) => void }) {
  const engine = createSearch(s, opts);
  await engine.whenReady;
  await engine.close();
  return { loaded: engine.loadedIndex, results: QUERIES.map((q) => engine.query(q)) };
}

describe("the saved index", () => {
  it("is written after a build and used by the next start, with the same answers", async () => {
    const first = await answers(source(), { dataDir: dir });
    expect(first.loaded).toBe(false);
    const second = await answers(source(), { dataDir: dir });
    expect(second.loaded).toBe(true);
    expect(second.results).toEqual(first.results);
  });

  it("is rebuilt when the corpus changed", async () => {
    await answers(source(), { dataDir: dir });
    const changed = source();
    changed.list.push(paper("new", "A new paper on clouds", "Point clouds again."));
    const again = await answers(changed, { dataDir: dir });
    expect(again.loaded).toBe(false);
    expect(again.results[0]?.items.map((r) => r.id)).toContain("new");
    expect((await answers(changed, { dataDir: dir })).loaded).toBe(true);
  });

  it("is rebuilt when a paper's text was corrected without changing its length", async () => {
    await answers(source(), { dataDir: dir });
    const edited = source();
    const [first] = edited.list;
    if (!first) throw new Error("seed missing");
    edited.list[0] = { ...first, title: first.title.replace(/^./, "Q") };
    const again = await answers(edited, { dataDir: dir });
    expect(again.loaded).toBe(false);
  });

  it("is rebuilt when the file is damaged (a cache miss, not an error)", async () => {
    const fresh = await answers(source(), { dataDir: dir });
    const path = join(dir, INDEX_FILE);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 7));
    const errors: Error[] = [];
    const again = await answers(source(), { dataDir: dir, onError: (e) => errors.push(e) });
    expect(again.loaded).toBe(false);
    expect(again.results).toEqual(fresh.results);
    expect(errors).toEqual([]);
  });
});
