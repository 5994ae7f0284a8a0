import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCslItems, toCslJson } from "../../../../main/formats/export/csl-json";
import { parseCslJson } from "../../../../main/formats/import/csl-json";
import { DEFAULT_PAPER_STATE } from "../../../../shared/model/user-state";
import { items } from "../arbitraries";

describe("toCslJson", () => {
  it("writes CSL items", () => {
    const [item] = toCslItems([
      {
        paper: {
          id: "arxiv:1706.03762",
          title: "Attention Is All You Need",
          abstract: "Abstract.",
          links: [],
          authors: ["Ashish Vaswani", "Google"],
          year: 2017,
          arxivId: "1706.03762",
          source: "x",
          addedAt: "2025-01-01T00:00:00.000Z",
        },
        state: { ...DEFAULT_PAPER_STATE, tags: ["nlp", "transformers"], note: "Key paper" },
      },
    ]);
    expect(item).toEqual({
      id: "arxiv:1706.03762",
      type: "article",
      title: "Attention Is All You Need",
      author: [{ family: "Vaswani", given: "Ashish" }, { literal: "Google" }],
      issued: { "date-parts": [[2017]] },
      URL: "https://arxiv.org/abs/1706.03762",
      abstract: "Abstract.",
      note: "Key paper",
      keyword: "nlp, transformers",
    });
  });

  it("round-trips through parseCslJson (property)", () => {
    fc.assert(
      fc.property(items(6), (list) => {
        const { papers, problems } = parseCslJson(toCslJson(list));
        expect(problems).toEqual([]);
        list.forEach(({ paper, state }, i) => {
          const back = papers[i];
          expect(back?.title).toBe(paper.title.replace(/\s+/g, " ").trim());
          expect(back?.authors).toEqual(paper.authors);
          expect(back?.year).toBe(paper.year);
          expect(back?.venue).toBe(paper.venue);
          expect(back?.doi).toBe(paper.doi);
          expect(back?.note ?? "").toBe(state.note.trim());
          expect(back?.keywords ?? []).toEqual(state.tags);
          expect(back?.key).toBe(paper.id);
        });
      }),
      { numRuns: 80 },
    );
  });
});
