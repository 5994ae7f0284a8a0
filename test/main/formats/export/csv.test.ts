import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvRow, neutralizeCell, toCsv, unneutralizeCell } from "../../../../main/formats/export/csv";
import type { ExportItem } from "../../../../main/formats/export/types";
import { items } from "../arbitraries";

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: ",",
    newline: "\r\n",
    skipEmptyLines: false,
  });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  expect(rows.at(-1)).toEqual([""]);
  return rows.slice(0, -1).map((r) => r.map(unneutralizeCell));
}

const ITEM: ExportItem = {
  paper: {
    id: "doi:10.1/x",
    title: 'Commas, "quotes" and\nnew lines',
    abstract: "",
    links: [],
    authors: ["=cmd|' /C calc'!A0", "Ada Lovelace"],
    year: 1843,
    doi: "10.1/x",
    source: "seed:x",
    addedAt: "2025-01-01T00:00:00.000Z",
  },
  state: {
    status: "read",
    readAt: "2025-02-01T00:00:00.000Z",
    priority: "high",
    starred: true,
    tags: ["ml", "+1"],
    note: "-note",
    highlights: [],
  },
};

describe("neutralizeCell (CSV injection)", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "'\rCR"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["'=already", "''=already"],
    ["plain", "plain"],
    ["a=b", "a=b"],
    ["'quoted", "'quoted"],
    ["", ""],
  ])("%j -> %j and back", (cell, neutral) => {
    expect(neutralizeCell(cell)).toBe(neutral);
    expect(unneutralizeCell(neutral)).toBe(cell);
  });
});

describe("toCsv", () => {
  it("writes a header, CRLF line ends, RFC 4180 quoting and neutralized cells", () => {
    const text = toCsv([ITEM]);
    const [header, ...rest] = text.split("\r\n");
    expect(header).toBe(CSV_COLUMNS.join(","));
    expect(rest.join("\r\n")).toBe(
      'doi:10.1/x,"Commas, ""quotes"" and\nnew lines",\'=cmd|\' /C calc\'!A0; Ada Lovelace,1843,,10.1/x,,,read,high,true,ml; +1,\'-note,2025-01-01T00:00:00.000Z,2025-02-01T00:00:00.000Z\r\n',
    );
    expect(text.startsWith("\uFEFF")).toBe(false);
    expect(toCsv([ITEM], { bom: true }).startsWith("\uFEFFid,title")).toBe(true);
  });

  it("reads back with papaparse to the same cells after un-neutralizing (property)", () => {
    fc.assert(
      fc.property(items(5), fc.boolean(), (list, bom) => {
        const rows = parse(toCsv(list, { bom }));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows.slice(1)).toEqual(list.map(csvRow));
        list.forEach((item, i) => {
          expect(rows[i + 1]?.[1]).toBe(item.paper.title);
          expect(rows[i + 1]?.[11]).toBe(item.state.tags.join("; "));
          expect(rows[i + 1]?.[12]).toBe(item.state.note);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("never leaves a cell that a spreadsheet would run as a formula (property)", () => {
    fc.assert(
      fc.property(items(5), (list) => {
        const raw = Papa.parse<string[]>(toCsv(list), { delimiter: ",", newline: "\r\n" }).data.flat();
        for (const cell of raw) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 100 },
    );
  });
});
