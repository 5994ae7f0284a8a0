import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type HastLike,
  type HitRange,
  hitPieces,
  hitRanges,
  rehypeSearchHits,
  wordRanges,
} from "../../../renderer/lib/search-highlight";
import { parseQuery } from "../../../shared/search/query-syntax";
import { openSeeded, type SeededCore } from "../core-fixture";

/** The text with each range in [brackets]. */
function marked(text: string, ranges: readonly HitRange[]): string {
  return hitPieces(ranges, 0, text.length)
    .map((p) => (p.hit ? `[${text.slice(p.start, p.end)}]` : text.slice(p.start, p.end)))
    .join("");
}

describe("search highlight", () => {
  it.each([
    ["Transformers for Point Clouds", "transf", "[Transformers] for Point Clouds"],
    ["Transformers for Point Clouds", "clouds point", "Transformers for [Point] [Clouds]"],
    ["A Café in Zürich", "cafe zurich", "A [Café] in [Zürich]"],
    ["Difusion models", "diffusion", "[Difusion] models"],
    ["Anything at all", "tag:x status:read is:starred", "Anything at all"],
    ["Pre-training; pretraining", '"pre training"', "[Pre]-[training]; pretraining"],
  ])("marks %s for the query %s", (text, query, expected) => {
    expect(marked(text, hitRanges(text, parseQuery(query)))).toBe(expected);
  });

  it("marks a row's matched words (folded) wherever they occur, tags included", () => {
    const words = ["point", "cafe", "transformers"];
    expect(marked("Point clouds and POINT sets", wordRanges("Point clouds and POINT sets", words))).toBe(
      "[Point] clouds and [POINT] sets",
    );
    expect(marked("method/transformers", hitRanges("method/transformers", words))).toBe("method/[transformers]");
    expect(marked("Le Café", hitRanges("Le Café", words))).toBe("Le [Café]");
    expect(hitRanges("anything", [])).toEqual([]);
    expect(hitRanges("anything", undefined)).toEqual([]);
  });

  it("cuts any span into pieces that add up to it exactly", () => {
    const text = "abcdefghij";
    const ranges: HitRange[] = [
      [1, 3],
      [5, 8],
    ];
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        const pieces = hitPieces(ranges, from, to);
        expect(pieces.map((p) => text.slice(p.start, p.end)).join("")).toBe(text.slice(from, to));
        for (const p of pieces) {
          expect(p.end).toBeGreaterThan(p.start);
          const inside = ranges.some(([s, e]) => p.start >= s && p.end <= e);
          expect(p.hit).toBe(inside);
        }
      }
    }
    expect(hitPieces(ranges, 2, 6)).toEqual([
      { start: 2, end: 3, hit: true },
      { start: 3, end: 5, hit: false },
      { start: 5, end: 6, hit: true },
    ]);
  });

  it("marks the rendered note's text but leaves code alone", () => {
    const text = (value: string): HastLike => ({ type: "text", value });
    const tree: HastLike = {
      type: "root",
      children: [
        { type: "element", tagName: "p", children: [text("Read the soups paper "), text("again")] },
        {
          type: "element",
          tagName: "pre",
          children: [{ type: "element", tagName: "code", children: [text("soups")] }],
        },
      ],
    };
    rehypeSearchHits(parseQuery("soups"))(tree);
    const p = tree.children?.[0];
    expect(p?.children).toEqual([
      text("Read the "),
      { type: "element", tagName: "mark", properties: { className: ["search-hit"] }, children: [text("soups")] },
      text(" paper "),
      text("again"),
    ]);
    expect(tree.children?.[1]?.children?.[0]?.children).toEqual([text("soups")]);
  });

  describe("against the core's answers", () => {
    let core: SeededCore;
    beforeAll(async () => {
      core = await openSeeded();
      // Ranked answers come from the index: while it builds the core scans, and ranks no phrase-only query.
      while ((await core.api("query", { limit: 0 })).indexed === false) await new Promise((r) => setTimeout(r, 20));
    });
    afterAll(async () => {
      await core.close();
    });

    it.each(["soups", "transfor", "bayesian inference", "normalizaton", '"language models"'])(
      "marks a match in the title of every row the search %s returns for its title",
      async (query) => {
        const result = await core.api("query", { text: query, sort: { key: "relevance", dir: "desc" }, limit: 500 });
        expect(result.total).toBeGreaterThan(0);
        const parsed = parseQuery(query);
        for (const row of result.items) {
          const fromRow = hitRanges(row.title, row.matches ?? []);
          // The row's own matches and the query agree on where the title matches.
          expect(fromRow).toEqual(hitRanges(row.title, parsed));
        }
        // Ranked first: a paper whose title matches.
        const first = result.items[0];
        expect(first && hitRanges(first.title, first.matches ?? []).length).toBeGreaterThan(0);
      },
    );
  });
});
