import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BIBTEX_HEADER, citationKeys, toBibtex } from "../../../../main/formats/export/bibtex";
import { escapeLatex, escapeLatexBlock } from "../../../../main/formats/export/latex";
import type { ExportItem } from "../../../../main/formats/export/types";
import { parseBibtex } from "../../../../main/formats/import/bibtex";
import { normalizeDoi } from "../../../../shared/model/ids";
import type { Paper } from "../../../../shared/model/paper";
import { DEFAULT_PAPER_STATE } from "../../../../shared/model/user-state";
import { items } from "../arbitraries";

function paper(over: Partial<Paper>): Paper {
  return {
    id: "t:x",
    title: "A Title",
    abstract: "",
    links: [],
    authors: [],
    source: "seed:x",
    addedAt: "2025-01-01T00:00:00.000Z",
    ...over,
  };
}

function item(over: Partial<Paper>, state: Partial<ExportItem["state"]> = {}): ExportItem {
  return { paper: paper(over), state: { ...DEFAULT_PAPER_STATE, ...state } };
}

describe("citationKeys", () => {
  it("builds <last name><year><first title word>, ASCII-folded", () => {
    expect(
      citationKeys([
        paper({ id: "a", authors: ["Martín Abadi"], year: 2016, title: "TensorFlow: a system" }),
        paper({ id: "b", authors: ["Łukasz Kaiser"], year: 2017, title: "The Ünïcode of Attention" }),
        paper({ id: "c", authors: [], title: "漢字" }),
        paper({ id: "d", authors: ["Jan van der Berg"], year: 1999, title: "— On—Things" }),
      ]),
    ).toEqual(["abadi2016tensorflow", "kaiser2017unicode", "anonpaper", "berg1999things"]);
  });

  it("dedupes with a, b, c in paper-id order, whatever the selection order", () => {
    const same = (id: string) => paper({ id, authors: ["Ada Lovelace"], year: 1843, title: "Notes" });
    expect(citationKeys([same("c"), same("a"), same("b")])).toEqual([
      "lovelace1843notesb",
      "lovelace1843notes",
      "lovelace1843notesa",
    ]);
    expect(citationKeys([same("a"), same("b"), same("c")])).toEqual([
      "lovelace1843notes",
      "lovelace1843notesa",
      "lovelace1843notesb",
    ]);
  });

  it("never repeats a key (property)", () => {
    fc.assert(
      fc.property(items(12), (list) => {
        const keys = citationKeys(list.map((i) => i.paper));
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(key).toMatch(/^[a-z0-9]+$/);
      }),
    );
  });
});

describe("escapeLatex", () => {
  it.each([
    ["a & b", "a \\& b"],
    ["50% $5 #1 a_b", "50\\% \\$5 \\#1 a\\_b"],
    ["{x} ~ ^ \\", "\\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}"],
    ["a < b > c", "a \\textless{} b \\textgreater{} c"],
    ["a--b ``q'' ,, ?`", "a-{}-b `{}`q'{}' ,{}, ?{}`"],
    ["  spaced \n out  ", "spaced out"],
    ["é 漢字 🙂", "é 漢字 🙂"],
  ])("%j -> %j", (input, output) => {
    expect(escapeLatex(input)).toBe(output);
  });

  it("keeps lines and paragraphs of a note", () => {
    expect(escapeLatexBlock("one\n[two]\n\n\n*three*")).toBe("one \\\\ {}[two] \\par *three*");
  });
});

describe("toBibtex", () => {
  it("writes the UTF-8 note, the fields and LaTeX escapes", () => {
    const text = toBibtex([
      item(
        {
          id: "arxiv:1706.03762",
          title: "Attention Is All You Need",
          authors: ["Ashish Vaswani", "Big Org, Inc."],
          year: 2017,
          arxivId: "1706.03762",
          url: "https://arxiv.org/abs/1706.03762",
          abstract: "We propose the Transformer & more.",
        },
        { tags: ["nlp", "a,b"], note: "Read §3: 100% worth it" },
      ),
    ]);
    expect(text).toBe(
      `${BIBTEX_HEADER}\n@misc{vaswani2017attention,\n` +
        "  author = {Vaswani, Ashish and {Big Org, Inc.}},\n" +
        "  title = {Attention Is All You Need},\n" +
        "  year = {2017},\n" +
        "  eprint = {1706.03762},\n" +
        "  archiveprefix = {arXiv},\n" +
        "  url = {https://arxiv.org/abs/1706.03762},\n" +
        "  abstract = {We propose the Transformer \\& more.},\n" +
        "  keywords = {nlp, a b},\n" +
        "  annote = {Read §3: 100\\% worth it}\n}\n",
    );
  });

  it("uses @article with journal when there is a venue, and a DOI", () => {
    const text = toBibtex([item({ venue: "Nature", doi: "10.1038/nature14539", authors: ["Yann LeCun"], year: 2015 })]);
    expect(text).toContain("@article{lecun2015title,\n");
    expect(text).toContain("  journal = {Nature},\n  doi = {10.1038/nature14539}");
  });

  it("round-trips through parseBibtex: titles, authors, years, tags, notes and identifiers (property)", () => {
    fc.assert(
      fc.property(items(6), (list) => {
        const { papers, problems } = parseBibtex(toBibtex(list));
        expect(problems).toEqual([]);
        expect(papers).toHaveLength(list.length);
        list.forEach(({ paper: p, state }, i) => {
          const back = papers[i];
          expect(back?.title).toBe(p.title);
          expect(back?.authors).toEqual(p.authors);
          expect(back?.year).toBe(p.year);
          expect(back?.venue).toBe(p.venue);
          expect([...(back?.keywords ?? [])].sort()).toEqual([...state.tags].sort());
          expect(back?.note ?? "").toBe(state.note.trim());
          expect(back?.doi && normalizeDoi(back.doi)).toBe(p.doi && normalizeDoi(p.doi));
          expect(back?.arxivId).toBe(p.arxivId);
          expect(back?.url).toBe(p.url);
        });
      }),
      { numRuns: 60 },
    );
  });
});
