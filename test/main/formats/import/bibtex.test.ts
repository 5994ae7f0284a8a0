import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../../../main/formats/import/bibtex";
import { guardEntries } from "../../../../main/formats/import/bibtex-guard";
import type { ParsedPaper } from "../../../../shared/model/paper";
import { fixture } from "../fixtures";

function byKey(papers: ParsedPaper[], key: string): ParsedPaper {
  const paper = papers.find((p) => p.key === key);
  if (!paper) throw new Error(`no entry ${key}`);
  return paper;
}

describe("parseBibtex on real files", () => {
  it("reads a NASA ADS export: preamble macro as journal, arXiv eprint, DOI, month macro", () => {
    const { papers, problems } = parseBibtex(fixture("bibtex-parser-mnras.bib"));
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(1);
    const p = papers[0] as ParsedPaper;
    expect(p.title).toBe("L1495 revisited: a PPMAP view of a star-forming filament");
    expect(p.authors[0]).toBe("A. D. P. Howard");
    expect(p.authors).toHaveLength(7);
    expect(p.year).toBe(2019);
    expect(p.venue).toBe("Monthly Notices of the Royal Astronomical Society");
    expect(p.doi).toBe("10.1093/mnras/stz2234");
    expect(p.arxivId).toBe("1908.02295");
    expect(p.key).toBe("2019MNRAS.489..962H");
    expect(p.keywords).toContain("stars: formation");
  });

  it("keeps a bare % as a percent sign and skips the @PREAMBLE (#95/#96)", () => {
    const { papers, problems } = parseBibtex(fixture("bbt-preamble-percent-95-96.bib"));
    expect(problems).toEqual([]);
    const p = byKey(papers, "Akhavan_2009");
    expect(p.abstract).toContain("transmission reduction of about 50% in a narrow wavelength range");
    expect(p.abstract).toContain("from 2.2% and 0.8Ânm to 51% and 21Ânm, respectively.");
    expect(p.authors).toEqual(["O. Akhavan", "H. Tohidi", "A. Z. Moshfegh"]);
    expect(p.doi).toBe("10.1016/j.tsf.2009.05.016");
    expect(p.year).toBe(2009);
    expect(p.keywords).toContain("Electrochromic properties");
  });

  it("inherits through crossref (#2373)", () => {
    const { papers } = parseBibtex(fixture("bbt-crossref-2373.bib"));
    const chapter = byKey(papers, "inbook");
    expect(chapter.title).toBe("Lebanon");
    expect(chapter.year).toBe(2004);
    expect(chapter.venue).toBe("Global Civil Society: Dimensions of the Nonprofit Sector");
    expect(byKey(papers, "incollection").year).toBe(2004);
  });

  it("reads BibLaTeX date and inherits the year from a crossref parent defined later (#3514)", () => {
    const { papers, problems } = parseBibtex(fixture("bbt-biblatex-crossref-date-3514.bib"));
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(6);
    const child = byKey(papers, "Hauck_2011");
    expect(child.title).toBe("Lenguas, fronteras e ideología lingüística en el Paraguay");
    expect(child.year).toBe(2011);
    expect(child.authors).toEqual(["Jan David Hauck"]);
    expect(child.venue).toContain("Fronteiras da integração: dimensões culturais do Mercosul — Fronteras");
    expect(byKey(papers, "Severo_Buzato_2023").year).toBe(2023);
  });

  it("expands @String macros with odd names (#154)", () => {
    const { papers, problems } = parseBibtex(fixture("bbt-string-154.bib"));
    expect(problems).toEqual([]);
    expect(papers.map((p) => [p.key, p.title, p.authors])).toEqual([["Bert:2001:SQL", "SQL is great", ["R. A. Bert"]]]);
  });

  it("decodes accents (#1115) and tolerates a space after the key (#716)", () => {
    const ring = parseBibtex(fixture("bbt-ring-above-1115.bib")).papers[0];
    expect(ring?.authors).toEqual(["Radim Řehůřek", "Petr Sojka"]);
    expect(ring?.title).toBe("Software Framework for Topic Modelling with Large Corpora");
    expect(ring?.url).toBe("http://is.muni.cz/publication/884893/en");
    const spaced = parseBibtex(fixture("bbt-space-after-citekey-716.bib")).papers;
    expect(spaced.map((p) => p.key)).toEqual(["HoSp-87", "HoSp-90"]);
    expect(spaced.map((p) => p.authors)).toEqual([["Hoffmann"], ["Sprekels"]]);
  });

  it("does not take a non-arXiv eprint for an arXiv id (#959)", () => {
    const p = parseBibtex(fixture("bbt-eprinttype-959.bib")).papers[0];
    expect(p?.arxivId).toBeUndefined();
    expect(p?.doi).toBe("10.1023/B:LOGI.0000021744.10237.d0");
    expect(p?.title).toBe(
      "Decidability of Quantified Propositional Intuitionistic Logic and S4 on Trees of Height and Arity ≤ω",
    );
  });

  it("reads Google Scholar, Zotero and Better BibLaTeX exports in one file", () => {
    const { papers, problems } = parseBibtex(fixture("dendron-refs-scholar-zotero-bbt.bib"));
    expect(problems).toEqual([]);
    const scholar = byKey(papers, "vaswani2017attention");
    expect(scholar.authors).toContain("Łukasz Kaiser");
    expect(scholar.keywords).toEqual(["CS", "ML", "transformers"]);
    const zotero = byKey(papers, "Frankle_Carbin_2019");
    expect(zotero.abstract).toContain("by over 90%, decreasing storage requirements");
    expect(zotero.url).toBe("https://arxiv.org/abs/1803.03635");
    expect(zotero.arxivId).toBe("1803.03635");
    const bbt = byKey(papers, "fredrieke_davidwarland_ea-1999-SpikesExploringNeural");
    expect(bbt.authors).toEqual(["Fred Rieke", "David Warland", "Rob de Ruyter van Steveninck", "William Bialek"]);
    expect(bbt.year).toBe(1999);
    expect(bbt.note).toBe("OCLC: 633854747");
  });

  it("reads eprinttype = arxiv, a DOI and double-braced titles (Better BibLaTeX)", () => {
    const p = parseBibtex(fixture("dendron-bbt-biblatex-arxiv-note.bib")).papers[0];
    expect(p?.title).toBe(
      "The Silurian Hypothesis: Would It Be Possible to Detect an Industrial Civilization in the Geological Record?",
    );
    expect(p?.arxivId).toBe("1804.03748");
    expect(p?.doi).toBe("10.1017/S1473550418000095");
    expect(p?.links).toEqual(["http://arxiv.org/abs/1804.03748"]);
  });

  it("survives the citation-js edge cases and reports every duplicate key with its line", () => {
    const { papers, problems } = parseBibtex(fixture("bibtex-parser-citation-js.bib"));
    expect(papers[0]).toMatchObject({ key: "key", year: 1990, venue: "a space between this and this" });
    expect(papers[0]?.title).toBe("åı and íTitle string a string b string c");
    expect(papers.find((p) => p.title === "Stability Analysis and Optimization")).toBeDefined();
    const dups = problems.filter((p) => p.message.startsWith('Duplicate key "a"'));
    expect(dups.length).toBeGreaterThan(5);
    expect(dups[0]).toEqual({ line: 15, message: 'Duplicate key "a" (first used at line 14); both kept' });
  });
});

describe("parseBibtex on messy input (hand-made file)", () => {
  const { papers, problems } = parseBibtex(fixture("handmade-messy.bib"));

  it("decodes LaTeX: Mart{\\'\\i}n, {T}ensor{F}low, --- and accents", () => {
    const tf = byKey(papers, "abadi2016tensorflow");
    expect(tf.authors[0]).toBe("Martín Abadi");
    expect(tf.title).toBe("TensorFlow: A System for Large-Scale Machine Learning");
    expect(tf.venue).toBe("Advances in Neural Information Processing Systems 29");
    expect(tf.note).toBe("Read for the dataflow section.");
    expect(tf.keywords).toEqual(["ml", "systems"]);
    const child = byKey(papers, "child2019");
    expect(child.title).toBe("Naïve Café Models — a Study");
    expect(child.authors).toEqual(["Jörg Brückner"]);
  });

  it("applies crossref for year and venue", () => {
    expect(byKey(papers, "child2019")).toMatchObject({
      year: 2019,
      venue: "Proceedings of the Workshop on Odd Inputs",
    });
  });

  it("skips the broken entry with its line and imports everything after it (BOM, CRLF, stray x)", () => {
    expect(problems).toContainEqual({
      line: 19,
      message: 'The @article entry at line 19 is never closed (a "}" is missing); skipped',
    });
    expect(papers.map((p) => p.key ?? "")).toEqual([
      "abadi2016tensorflow",
      "vaswani2017attention",
      "child2019",
      "proc2019",
      "",
      "dup",
      "dup",
    ]);
  });

  it("reports an undefined macro and keeps its name", () => {
    expect(problems).toContainEqual({
      line: 26,
      message: 'Undefined @string macro "undefinedjournal"; its name is kept as the value',
    });
    expect(byKey(papers, "vaswani2017attention")).toMatchObject({ venue: "undefinedjournal", arxivId: "1706.03762" });
  });

  it("keeps an entry with an empty key and both entries sharing a key", () => {
    expect(papers.find((p) => p.title === "An Entry Without a Key")?.key).toBeUndefined();
    expect(problems).toContainEqual({ line: 50, message: 'Duplicate key "dup" (first used at line 49); both kept' });
  });

  it("gives the same result for LF line ends and without the BOM", () => {
    const lf = parseBibtex(
      fixture("handmade-messy.bib")
        .replace(/^\uFEFF/, "")
        .replace(/\r\n/g, "\n"),
    );
    expect(lf).toEqual({ papers, problems });
  });
});

describe("parseBibtex keeps literal text the author wrote", () => {
  it("keeps < and > (not parser markup) and drops real markup", () => {
    const { papers } = parseBibtex("@article{k, title = {a < b and {\\em c} \\textless{}i\\textgreater{}}}");
    expect(papers[0]?.title).toBe("a < b and c <i>");
  });

  it("keeps paragraphs and line breaks of annote", () => {
    const { papers } = parseBibtex("@misc{k, title={T}, annote={one \\\\ two \\par three}}");
    expect(papers[0]?.note).toBe("one\ntwo\n\nthree");
  });
});

describe("guardEntries", () => {
  it("cuts an entry larger than the limit, keeps line numbers, and the rest still parses", () => {
    const big = `@article{big, title = {${"word ".repeat(30)}}}\n@article{ok, title={Fine}}\n`;
    const guarded = guardEntries(big, 100);
    expect(guarded.text.split("\n")).toHaveLength(big.split("\n").length);
    expect(guarded.problems).toEqual([
      { line: 1, message: "The @article entry at line 1 is larger than 1 KB; skipped" },
    ]);
    expect(guarded.text).toContain("@article{ok, title={Fine}}");
    expect(guarded.text.startsWith(" ".repeat(20))).toBe(true);
  });

  it("reports a too-large entry through parseBibtex", () => {
    const text = `@article{big, title = {${"x ".repeat(30_000)}}}\n@article{ok, title={Fine}}`;
    const { papers, problems } = parseBibtex(text);
    expect(papers.map((p) => p.key)).toEqual(["ok"]);
    expect(problems).toEqual([{ line: 1, message: "The @article entry at line 1 is larger than 50 KB; skipped" }]);
  });

  it("escapes a bare percent sign but not a URL escape", () => {
    const { text } = guardEntries("@misc{k, title={50% off}, url={a%20b}}");
    expect(text).toBe("@misc{k, title={50\\% off}, url={a%20b}}");
  });

  it("blanks an @ that starts no entry", () => {
    expect(guardEntries("mail me: a@b.org\n@misc{k, title={T}}").text).toBe("mail me: a b.org\n@misc{k, title={T}}");
  });
});
