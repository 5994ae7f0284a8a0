import { describe, expect, it } from "vitest";
import { detectFormat, type ImportFormat } from "../../../../main/formats/import/detect";
import { readImport } from "../../../../main/formats/import/index";
import { fixture, fixtureNames } from "../fixtures";

const page = fixture("../../../data/trending-papers.txt");

function expected(name: string): ImportFormat {
  if (name.endsWith(".bib")) return "bibtex";
  if (name.endsWith(".ris")) return "ris";
  if (name.endsWith(".csv")) return "zotero-csv";
  if (name.endsWith(".xml")) return "arxiv-atom";
  if (name.endsWith(".json")) return "csl-json";
  throw new Error(`no expectation for ${name}`);
}

describe("detectFormat", () => {
  const names = fixtureNames().filter((n) => /\.(bib|ris|csv|xml|json)$/.test(n));

  it.each(names)("recognises %s from its content", (name) => {
    expect(detectFormat(fixture(name))).toBe(expected(name));
  });

  it.each(names)("is not fooled by a misleading file name for %s", (name) => {
    const text = fixture(name);
    for (const wrong of ["refs.bib", "refs.ris", "export.csv", "library.json", "feed.xml", "page.txt"]) {
      expect(detectFormat(text, wrong)).toBe(expected(name));
    }
  });

  it("recognises the trending-papers page", () => {
    expect(detectFormat(page)).toBe("trending-page");
    expect(detectFormat(page, "weird.bib")).toBe("trending-page");
  });

  it("recognises a Folio backup, also a truncated one", () => {
    const backup = JSON.stringify({ folio: "backup", version: 1, papers: [] });
    expect(detectFormat(backup)).toBe("folio-json");
    expect(detectFormat(backup.slice(0, 30))).toBe("folio-json");
  });

  it("recognises CSL-JSON that is truncated, and ignores a BOM", () => {
    const csl = fixture("csl-zotero-newspaper-de.json");
    expect(detectFormat(csl.slice(0, 200))).toBe("csl-json");
    expect(detectFormat(`\uFEFF${csl}`)).toBe("csl-json");
  });

  it("uses the file name to break a tie", () => {
    const both = "TY  - JOUR\nTI  - @article{x, in a title}\nER  - \n";
    expect(detectFormat(both)).toBe("ris");
    expect(detectFormat(both, "x.bib")).toBe("bibtex");
  });

  it("throws a clear error for text it does not know", () => {
    expect(() => detectFormat("just some words", "notes.txt")).toThrow(
      /^Could not recognise the format of "notes.txt": expected BibTeX, RIS/,
    );
    expect(() => detectFormat('{"a": 1}')).toThrow(/Could not recognise the format of the text/);
    expect(() => detectFormat("")).toThrow(/Could not recognise/);
  });
});

describe("readImport", () => {
  it("detects and parses in one call", () => {
    const read = readImport(fixture("bibtex-parser-mnras.bib"), "mnras.txt");
    expect(read.format).toBe("bibtex");
    expect(read.format !== "folio-json" && read.result.papers[0]?.arxivId).toBe("1908.02295");
  });

  it("reads a backup through parseBackup", () => {
    const backup = {
      folio: "backup",
      version: 1,
      exportedAt: "x",
      papers: [],
      states: {},
      tags: {},
      savedSearches: [],
    };
    expect(readImport(JSON.stringify(backup))).toEqual({ format: "folio-json", backup });
  });
});
