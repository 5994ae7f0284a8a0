import { describe, expect, it } from "vitest";
import { notesToMarkdown, parseZoteroCsv } from "../../../../main/formats/import/zotero-csv";
import { fixture } from "../fixtures";

describe("parseZoteroCsv on real files", () => {
  it("reads a Zotero 7 export with an empty Key, Extra and a plain note", () => {
    const { papers, problems } = parseZoteroCsv(fixture("zotero-febr3s-empty-key.csv"));
    expect(problems).toEqual([]);
    expect(papers).toEqual([
      {
        title: "The Flora of the Pays D'Enhaut (Switzerland): A Botanical Account",
        abstract: "",
        links: [
          "https://books.google.com/books/download/the_flora_of_the_pays_denhaut_switzerland.pdf?id=lr7DbrTgJk0C&output=pdf",
        ],
        authors: ["Henri François Pittier De Fabrega"],
        year: 1885,
        url: "https://books.google.com/books/download/the_flora_of_the_pays_denhaut_switzerland.pdf?id=lr7DbrTgJk0C&output=pdf",
        note: "Analyse: Description sommaire.",
      },
    ]);
  });

  it("reads an export re-saved by a spreadsheet (unquoted cells, extra trailing cell, DOI URLs)", () => {
    const { papers, problems } = parseZoteroCsv(fixture("zotero-sci-hub-download.csv"));
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(12);
    expect(papers[0]).toMatchObject({
      key: "KBWRDT7I",
      title: "iForest: Interpreting Random Forests via Visual Analytics",
      authors: ["X. Zhao", "Y. Wu", "D. L. Lee", "W. Cui"],
      year: 2019,
      venue: "IEEE Transactions on Visualization and Computer Graphics",
      doi: "10.1109/TVCG.2018.2864475",
    });
    expect(papers[0]?.keywords).toContain("Random Forest Visualization");
    expect(papers[1]).toMatchObject({
      authors: ["Dmitry Grin", "Maria Grigorieva", "Alexey Artamonov"],
      doi: "10.1016/j.procs.2021.06.037",
      url: "https://www.sciencedirect.com/science/article/pii/S1877050921012813",
    });
    expect(papers[7]?.title).toBe(
      "The spatial-temporal patterns of land cover changes due to mining activities in the Darling Range, Western Australia: A Visual Analytics Approach",
    );
  });
});

describe("parseZoteroCsv on messy input (hand-made file)", () => {
  const { papers, problems } = parseZoteroCsv(fixture("handmade-zotero-notes.csv"));

  it("strips the BOM, turns HTML notes into Markdown and finds arXiv ids in Extra", () => {
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      key: "ABCD1234",
      arxivId: "2302.13971",
      doi: "10.48550/arXiv.2302.13971",
      authors: ["Hugo Touvron", "Thibaut Lavril"],
      keywords: ["llm", "to read", "Computer Science - Computation and Language"],
      links: ["https://github.com/facebookresearch/llama", "http://arxiv.org/abs/2302.13971"],
    });
    expect(papers[0]?.note).toBe(
      "## Reading notes\n\nCompare with **GPT-3** and _Chinchilla_.\n\n-   7B to 65B\n-   public data only",
    );
    expect(papers[1]?.note).toBe("A line  \nand a second line");
    expect(papers[2]).toMatchObject({ arxivId: "1706.03762", note: "plain text note, no HTML", year: 2017 });
  });

  it("reports a row with a stray quote, with its line, and keeps the others", () => {
    const text = `Key,Title,Author\nK1,"Good row","Doe, Jane"\nK2,"Broken row,"Roe, R"\nK3,"Next row",x\n`;
    const result = parseZoteroCsv(text);
    expect(result.papers.map((p) => p.title)).toEqual(["Good row", "Next row"]);
    expect(result.problems).toEqual([
      { line: 3, message: "Row at line 3: a quoted cell is malformed or never closed; skipped" },
    ]);
  });

  it("reports a quoted cell left open at the end of a truncated file", () => {
    const result = parseZoteroCsv(`Key,Title\nK1,Good\nK2,"Cut off\nK3,Lost\n`);
    expect(result.papers.map((p) => p.title)).toEqual(["Good"]);
    expect(result.problems).toEqual([
      { line: 3, message: "Row at line 3: a quoted cell is malformed or never closed; skipped" },
    ]);
  });

  it("needs a Title column", () => {
    expect(parseZoteroCsv("a,b\n1,2\n").problems).toEqual([
      { line: 1, message: 'No "Title" column in the CSV header' },
    ]);
  });

  it("leaves plain-text notes alone", () => {
    expect(notesToMarkdown("a < b, 5 > 3")).toBe("a < b, 5 > 3");
  });
});
