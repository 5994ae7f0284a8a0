/**
 * Properties of the engine on the bundled page's papers:
 * - after any sequence of edits, imports and deletes, the incrementally updated index answers exactly
 *   like an index built from scratch on the final data (same papers, same scores, same order);
 * - the fallback scan finds the same papers as the index, for any query.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearch, type SearchEngine } from "../../../main/search/engine";
import type { QueryArg } from "../../../main/search/filters";
import type { PaperState } from "../../../shared/model/user-state";
import { parseQuery } from "../../../shared/search/query-syntax";
import { blankState, MemorySource, paper, seedPapers } from "./fixtures";

const SEED = seedPapers();
const WORDS = [
  "model",
  "models",
  "learning",
  "point",
  "clouds",
  "transformer",
  "transformers",
  "diffusion",
  "anomaly",
  "detection",
  "graph",
  "neural",
  "network",
  "image",
  "video",
  "zephyr",
  "quokka",
  "normal",
  "estimation",
  "the",
  "of",
  "a",
  "3d",
  "language",
  "training",
  "data",
  "representation",
];
const TAGS = ["method", "method/transformers", "method/diffusion", "area/vision", "to-read", "Survey", "to read"];

const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { maxLength: 8 }).map((ws) => ws.join(" "));
const index = fc.nat({ max: 10_000 });

type Op =
  | { kind: "note"; at: number; note: string }
  | { kind: "tags"; at: number; tags: string[] }
  | { kind: "highlight"; at: number; quote: string; comment: string }
  | { kind: "status"; at: number; starred: boolean; status: PaperState["status"] }
  | { kind: "import"; title: string; abstract: string }
  | { kind: "edit"; at: number; title: string; addedAt: string }
  | { kind: "delete"; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("note" as const), at: index, note: text }),
  fc.record({ kind: fc.constant("tags" as const), at: index, tags: fc.subarray(TAGS) }),
  fc.record({ kind: fc.constant("highlight" as const), at: index, quote: text, comment: text }),
  fc.record({
    kind: fc.constant("status" as const),
    at: index,
    starred: fc.boolean(),
    status: fc.constantFrom("unread" as const, "reading" as const, "read" as const),
  }),
  fc.record({ kind: fc.constant("import" as const), title: text, abstract: text }),
  fc.record({ kind: fc.constant("delete" as const), at: index }),
  fc.record({
    kind: fc.constant("edit" as const),
    at: index,
    title: text,
    addedAt: fc.constantFrom("2024-05-01T00:00:00.000Z", "2025-01-03T00:00:00.000Z"),
  }),
);

/** Apply one op to the source, then tell the engine, the way the library core will. */
function apply(source: MemorySource, engine: SearchEngine, o: Op, n: number): void {
  if (o.kind === "import") {
    const p = paper(`new:${n}`, o.title || "untitled", o.abstract, "2026-01-01T00:00:00.000Z");
    source.list.push(p);
    engine.upsertPaper(p, source.stateOf(p.id));
    return;
  }
  if (source.list.length === 0) return;
  const target = source.list[o.at % source.list.length];
  if (!target) return;
  if (o.kind === "edit") {
    // A paper's metadata edited in place (its text, or only its date): it keeps its place in the list.
    const edited = { ...target, addedAt: o.addedAt, ...(o.title ? { title: o.title } : {}) };
    source.list[o.at % source.list.length] = edited;
    engine.upsertPaper(edited, source.stateOf(edited.id));
    return;
  }
  if (o.kind === "delete") {
    source.list.splice(o.at % source.list.length, 1);
    source.states.delete(target.id);
    engine.remove(target.id);
    return;
  }
  const s = source.stateOf(target.id);
  const next: PaperState =
    o.kind === "note"
      ? { ...s, note: o.note }
      : o.kind === "tags"
        ? { ...s, tags: o.tags }
        : o.kind === "highlight"
          ? {
              ...s,
              highlights: [
                ...s.highlights,
                { id: `h${n}`, start: 0, end: 1, quote: o.quote, comment: o.comment, createdAt: "" },
              ],
            }
          : { ...s, starred: o.starred, status: o.status };
  source.states.set(target.id, next);
  engine.updateState(target.id, next);
}

/** Query texts: words, prefixes while typing, typos, phrases, exclusions and filters. */
const queryText = fc
  .array(
    fc.oneof(
      word,
      word.chain((w) => fc.nat({ max: w.length - 1 }).map((k) => w.slice(0, k + 1))),
      word.chain((w) => fc.nat({ max: w.length - 1 }).map((k) => `${w.slice(0, k)}x${w.slice(k + 1)}`)),
      fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
      fc.constantFrom('"point clouds"', '"normal estimation"', '"of the"'),
      word.map((w) => `-${w}`),
      fc.constantFrom("tag:method", "-tag:method", "status:read", "is:starred", "has:note", "has:highlight"),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .chain((parts) => fc.boolean().map((space) => parts.join(" ") + (space ? " " : "")));

function arg(q: string, sortKey: QueryArg["sort"]["key"] = "relevance"): QueryArg {
  return { text: q, tags: [], tagMode: "any", sort: { key: sortKey, dir: "desc" }, offset: 0, limit: 500 };
}

describe("search engine properties", () => {
  it("incremental updates equal a fresh build after random edits", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 25 }),
        fc.array(queryText, { minLength: 3, maxLength: 6 }),
        async (ops, queries) => {
          const source = new MemorySource(SEED);
          const live = createSearch(source, { chunkMs: 2 });
          await live.whenReady;
          ops.forEach((o, n) => {
            apply(source, live, o, n);
          });
          const fresh = createSearch(source.clone(), { chunkMs: 2 });
          await fresh.whenReady;
          for (const q of [...queries, "", "tag:method", "model"]) {
            expect(live.search(parseQuery(q))).toEqual(fresh.search(parseQuery(q)));
            for (const key of ["relevance", "title", "changed", "status"] as const) {
              expect(live.query(arg(q, key)).items).toEqual(fresh.query(arg(q, key)).items);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("the fallback scan finds the same papers as the index", async () => {
    const source = new MemorySource(SEED);
    SEED.slice(0, 30).forEach((p, i) => {
      source.states.set(p.id, {
        ...blankState(),
        note: i % 3 === 0 ? `${WORDS[i % WORDS.length]} notes on the model` : "",
        tags: [TAGS[i % TAGS.length] as string],
        starred: i % 4 === 0,
        status: i % 2 === 0 ? "read" : "unread",
      });
    });
    const indexed = createSearch(source, { chunkMs: 2 });
    await indexed.whenReady;
    const scanning = createSearch(source, { start: false });
    await fc.assert(
      fc.property(queryText, (q) => {
        const a = indexed.search(parseQuery(q)).ids.sort();
        const b = scanning.search(parseQuery(q)).ids.sort();
        expect(b).toEqual(a);
        for (const key of ["title", "added", "status"] as const) {
          const rows = (e: SearchEngine) => e.query(arg(q, key)).items.map((r) => r.id);
          expect(rows(scanning)).toEqual(rows(indexed));
        }
        expect(scanning.query(arg(q)).total).toBe(indexed.query(arg(q)).total);
      }),
      { numRuns: 300 },
    );
  });
});
