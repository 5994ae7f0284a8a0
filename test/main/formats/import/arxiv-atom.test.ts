import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "../../../../main/formats/import/arxiv-atom";
import { fixture } from "../fixtures";

describe("parseArxivAtom", () => {
  it("reads an arXiv API response: id without version, collapsed title and summary, doi, year", () => {
    const { papers, problems } = parseArxivAtom(fixture("arxiv-id_list-1111.2011v2.xml"));
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(1);
    const p = papers[0];
    expect(p).toMatchObject({
      title: "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit",
      authors: ["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"],
      year: 2011,
      arxivId: "1111.2011",
      doi: "10.1103/PhysRevB.85.115117",
      venue: "Phys. Rev. B 85, 115117 (2012)",
      url: "http://arxiv.org/abs/1111.2011v2",
      keywords: ["cond-mat.str-el", "cond-mat.stat-mech"],
    });
    expect(
      p?.abstract.startsWith("Theoretical description of anisotropic systems, such as layered superconductors"),
    ).toBe(true);
    expect(p?.abstract).not.toMatch(/\s{2}|\n/);
  });

  it("reads an old-style id", () => {
    const p = parseArxivAtom(fixture("arxiv-search-checkerboard.xml")).papers[0];
    expect(p).toMatchObject({
      arxivId: "cond-mat/0603029",
      year: 2006,
      authors: ["Adrian Del Maestro", "Bernd Rosenow", "Subir Sachdev"],
    });
  });

  it("turns an API error entry into a problem", () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>`;
    expect(parseArxivAtom(xml)).toEqual({
      papers: [],
      problems: [{ line: 1, message: "The arXiv API returned an error: incorrect id format for 1234" }],
    });
  });

  it("reports XML that is not well formed, with its line", () => {
    const text = fixture("arxiv-search-checkerboard.xml");
    const { papers, problems } = parseArxivAtom(text.replace("</title>", "</titel>"));
    expect(papers).toEqual([]);
    expect(problems).toEqual([
      {
        line: 4,
        message:
          "Not well-formed XML: Expected closing tag 'title' (opened in line 4, col 3) instead of closing tag 'titel'.",
      },
    ]);
  });

  it("reports a truncated feed", () => {
    const text = fixture("arxiv-search-checkerboard.xml");
    const { papers, problems } = parseArxivAtom(text.slice(0, text.indexOf("</summary>")));
    expect(papers).toEqual([]);
    expect(problems[0]?.message).toMatch(/^Not well-formed XML/);
  });
});
