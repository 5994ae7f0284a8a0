import { describe, expect, it } from "vitest";
import { parseRis } from "../../../../main/formats/import/ris";
import { fixture } from "../fixtures";

describe("parseRis on real files", () => {
  it("reads a Zotero RIS export", () => {
    const { papers, problems } = parseRis(fixture("ris-zotero-eucap2019.ris"));
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(14);
    const far = papers[1];
    expect(far?.title).toBe(
      "Far-infrared time-domain spectroscopy with terahertz beams of dielectrics and semiconductors",
    );
    expect(far?.authors).toEqual(["D. Grischkowsky", "Søren Keiding", "Martin van Exter", "Ch. Fattinger"]);
    expect(far?.year).toBe(1990);
    expect(far?.venue).toBe("Journal of the Optical Society of America B");
    expect(far?.doi).toBe("10.1364/JOSAB.7.002006");
    expect(far?.url).toBe("https://www.osapublishing.org/abstract.cfm?URI=josab-7-10-2006");
    const preprint = papers.find((p) => p.title.startsWith("Graphene-based Antennas for Terahertz Systems"));
    expect(preprint).toMatchObject({
      arxivId: "1704.00371",
      year: 2017,
      note: "Comment: 26 pages, 22 figures; 293 references",
    });
    expect(preprint?.keywords).toEqual(["Condensed Matter - Mesoscale and Nanoscale Physics"]);
    expect(papers[0]?.keywords).toEqual(["Millimeter wave devices", "Millimeter waves"]);
  });

  it("reads T1 / A1 / JF / N2 and a DOI in M3, with CRLF line ends", () => {
    const text = fixture("ris-butterfill-a1-t1-jf.ris");
    expect(text).toContain("\r\n");
    const { papers, problems } = parseRis(text);
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      title: "Grasping objects: the cortical mechanisms of visuomotor transformation",
      authors: ["M. Jeannerod", "M. A. Arbib", "G. Rizzolatti", "H. Sakata"],
      year: 1995,
      venue: "Trends in Neurosciences",
      doi: "10.1016/0166-2236(95)93921-J",
      key: "3044",
    });
    expect(papers[0]?.abstract.startsWith("Grasping requires coding")).toBe(true);
  });

  it("treats EndNote continuation lines as more keywords, note lines and values", () => {
    const { papers, problems } = parseRis(fixture("ris-rispy-endnote.ris"));
    expect(problems).toEqual([]);
    expect(papers[0]?.keywords).toEqual([
      "citation",
      "reference",
      "library",
      "wizardry",
      "coffee",
      "procrastination",
      "EndNote",
      "RIS",
    ]);
    expect(papers[0]?.note).toBe("L0000000000\n2024-04-01");
    expect(papers[0]?.authors).toEqual(["A. Nonymous Smith", "J. Doe", "N. Ote End", "E. Rence Ref"]);
    expect(papers[0]?.url).toBe("https://www.endnote.com/");
  });

  it("joins wrapped values and does not end a record at an indented 'ER'", () => {
    const { papers } = parseRis(fixture("ris-rispy-multiline.ris"));
    expect(papers).toHaveLength(3);
    for (const p of papers) {
      expect(p.abstract).toBe("first line, ER then second line and at the end the last line");
      expect(p.note).toBe("first line\n* second line\n* last line");
    }
  });

  it("reads UTF-8 text and falls back to the short title", () => {
    const p = parseRis(fixture("ris-rispy-utf-chars.ris")).papers[0];
    expect(p?.title.startsWith("Состояние рецепторного аппарата")).toBe(true);
    expect(p?.note).toBe("Ä,Ö,Ü,ä,ö,ü,ß");
    expect(p?.venue).toBe("Gynecology, Obstetrics and Perinatology");
  });
});

describe("parseRis on messy input (hand-made file)", () => {
  const { papers, problems } = parseRis(fixture("handmade-wrapped.ris"));

  it("joins a wrapped title and abstract, keeps note lines, collects continued keywords", () => {
    expect(papers[0]).toMatchObject({
      title: "A title that is wrapped over two lines",
      abstract: "An abstract that goes on and on, with a link https://github.com/example/wrapped.",
      links: ["https://github.com/example/wrapped"],
      note: "First line of the note\nSecond line of the note",
      keywords: ["parsing", "robustness"],
      doi: "10.1234/wrapped.2021",
      year: 2021,
      authors: ["Jane Doe", "Richard Roe"],
    });
  });

  it("reports a stray tag and a record cut off without ER, with lines and record numbers", () => {
    expect(problems).toEqual([
      { line: 3, message: '"AU" line outside a record (no "TY  - " before it); ignored' },
      { line: 25, message: 'Record 3 (line 25) has no "ER  -" end line; imported what was read' },
    ]);
    expect(papers.map((p) => p.title)).toEqual([
      "A title that is wrapped over two lines",
      "",
      "A record that is cut off",
    ]);
    expect(papers[2]).toMatchObject({ authors: ["Off Cut"], year: 2019 });
  });

  it("starts a new record at TY even when the previous one has no ER", () => {
    const { papers, problems } = parseRis("TY  - JOUR\nTI  - One\nTY  - JOUR\nTI  - Two\nER  - \n");
    expect(papers.map((p) => p.title)).toEqual(["One", "Two"]);
    expect(problems).toEqual([
      { line: 1, message: 'Record 1 (line 1) has no "ER  -" end line; imported what was read' },
    ]);
  });

  it("says so when there is no record at all", () => {
    expect(parseRis("hello\nworld").problems).toEqual([
      { line: 1, message: 'No RIS records found (no "TY  - " line)' },
    ]);
  });
});
