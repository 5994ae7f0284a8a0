import { describe, expect, it } from "vitest";
import { parseCslJson } from "../../../../main/formats/import/csl-json";
import { fixture } from "../fixtures";

describe("parseCslJson", () => {
  it("reads a Zotero CSL-JSON export of an arXiv paper", () => {
    const { papers, problems } = parseCslJson(fixture("csl-zotero-arxiv-datacite.json"));
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      title: "Google Quantum AI's Quest for Error-Corrected Quantum Computers",
      authors: ["M. AbuGhanem"],
      year: 2024,
      doi: "10.48550/ARXIV.2410.00917",
      arxivId: "2410.00917",
      url: "https://arxiv.org/abs/2410.00917",
      note: "version: 1",
      key: "http://zotero.org/users/19396332/items/JZC78ECC",
    });
  });

  it("reads container-title and dates from a newspaper item", () => {
    const p = parseCslJson(fixture("csl-zotero-newspaper-de.json")).papers[0];
    expect(p).toMatchObject({
      title: "Deutschland: Studie untersucht Gründe für sinkende Geburtenrate",
      venue: "Der Spiegel",
      year: 2012,
      authors: ["dpa"],
    });
  });

  it("skips a bad item with its line and keeps the others", () => {
    const { papers, problems } = parseCslJson(fixture("handmade-bad-item.json"));
    expect(papers.map((p) => p.title)).toEqual(["A Good Item", "Another Good Item"]);
    expect(problems).toEqual([{ line: 12, message: "Item 2 is not an object; skipped" }]);
    expect(papers[0]).toMatchObject({
      authors: ["Ada Lovelace", "The Analytical Engine Society"],
      year: 1843,
      keywords: ["computing", "history"],
    });
    expect(papers[1]).toMatchObject({ year: 2019, arxivId: "1905.00001", note: "A note from the file" });
  });

  it("keeps the complete items of a truncated file and says it is truncated", () => {
    const text = fixture("handmade-bad-item.json");
    const cut = text.slice(0, text.indexOf('"URL"'));
    const { papers, problems } = parseCslJson(cut);
    expect(papers.map((p) => p.title)).toEqual(["A Good Item"]);
    expect(problems.at(-1)?.message).toBe("The file ends before the closing ]; it looks truncated");
  });

  it("reports an item that is not valid JSON", () => {
    const { papers, problems } = parseCslJson('[\n{"title": "ok"},\n{"title": tru},\n{"title": "ok 2"}\n]');
    expect(papers.map((p) => p.title)).toEqual(["ok", "ok 2"]);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.message).toMatch(/^Item 2 is not valid JSON/);
  });

  it("rejects a JSON object that is not an array", () => {
    expect(parseCslJson('{"items": []}').problems).toEqual([
      { line: 1, message: "Not a CSL-JSON file: expected a JSON array of items" },
    ]);
  });
});
