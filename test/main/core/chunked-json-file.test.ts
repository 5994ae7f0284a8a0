import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { Low } from "lowdb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChunkedJSONFile } from "../../../main/core/store/chunked-json-file";
import { makeTempDir, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

function libraryLike(n: number) {
  const papers: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    papers[`arxiv:2401.${String(i).padStart(5, "0")}`] = {
      status: i % 3 === 0 ? "read" : "unread",
      priority: "none",
      starred: i % 7 === 0,
      tags: ["method/transformers", `t${i % 13}`],
      note: i % 10 === 0 ? `Note "${i}" with \u2028 odd \\ characters \u00e9` : "",
      highlights: [],
      skipped: undefined,
    };
  }
  return { schemaVersion: 1, journalSeq: 7, papers, tags: { ml: { color: "#fff" } } };
}

describe("ChunkedJSONFile", () => {
  it("writes exactly what JSON.stringify writes, and reads it back", async () => {
    const path = join(dir, "library.json");
    const data = libraryLike(500);
    const file = new ChunkedJSONFile<typeof data>(path, { walkAbove: 4 });
    await file.write(data);
    expect(await readFile(path, "utf8")).toBe(JSON.stringify(data));
    expect(await file.read()).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it("matches JSON.stringify on arbitrary JSON-like values", async () => {
    const path = join(dir, "any.json");
    const file = new ChunkedJSONFile<unknown>(path, { walkAbove: 1 });
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.dictionary(fc.string(), fc.option(fc.jsonValue())), async (a, b) => {
        const value = { a, b, list: [a, b, undefined], skipped: undefined };
        await file.write(value);
        expect(await readFile(path, "utf8")).toBe(JSON.stringify(value));
      }),
      { numRuns: 60 },
    );
  });

  it("works as a lowdb adapter", async () => {
    const path = join(dir, "db.json");
    const db = new Low(new ChunkedJSONFile<{ n: number[] }>(path), { n: [] });
    db.data.n.push(1, 2, 3);
    await db.write();
    const again = new Low(new ChunkedJSONFile<{ n: number[] }>(path), { n: [] });
    await again.read();
    expect(again.data).toEqual({ n: [1, 2, 3] });
  });

  it("yields to the event loop between entries once a slice of work is used up", async () => {
    const path = join(dir, "library.json");
    let clock = 0;
    // Every clock read advances 1 ms, so with 5 ms slices the writer must yield every few entries.
    const file = new ChunkedJSONFile<unknown>(path, { sliceMs: 5, now: () => clock++ });
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks += 1;
    }, 0);
    await file.write(libraryLike(2000));
    clearInterval(ticker);
    expect(file.lastWriteYields).toBeGreaterThan(2000 / 10);
    expect(ticks).toBeGreaterThan(0);
  });

  it("returns null for a missing file", async () => {
    expect(await new ChunkedJSONFile(join(dir, "missing.json")).read()).toBeNull();
  });

  it("leaves the old file intact and no temp file behind when a write fails midway", async () => {
    const path = join(dir, "library.json");
    await writeFile(path, '{"old":true}');
    const bad = libraryLike(300);
    (bad.papers as Record<string, unknown>)["arxiv:2401.00150"] = {
      toJSON() {
        throw new Error("boom mid-write");
      },
    };
    const file = new ChunkedJSONFile<unknown>(path, { walkAbove: 4, sliceMs: 0 });
    await expect(file.write(bad)).rejects.toThrow("boom mid-write");
    expect(await readFile(path, "utf8")).toBe('{"old":true}');
    expect(await readdir(dir)).toEqual(["library.json"]);
    await file.write({ fine: 1 });
    expect(await readFile(path, "utf8")).toBe('{"fine":1}');
  });

  it("queues concurrent writes so the last one wins", async () => {
    const path = join(dir, "library.json");
    const file = new ChunkedJSONFile<unknown>(path, { sliceMs: 0 });
    await Promise.all([file.write(libraryLike(200)), file.write({ last: true })]);
    expect(await readFile(path, "utf8")).toBe('{"last":true}');
    expect(await readdir(dir)).toEqual(["library.json"]);
  });
});
