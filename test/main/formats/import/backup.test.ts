import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toBackup } from "../../../../main/formats/export/backup";
import { parseBackup } from "../../../../main/formats/import/backup";
import { items } from "../arbitraries";

const EXPORTED_AT = "2025-03-11T10:00:00.000Z";

function sample() {
  return {
    papers: [
      {
        id: "arxiv:2301.01234",
        title: "A paper",
        abstract: "Abstract.",
        links: ["https://github.com/x/y"],
        authors: ["Ada Lovelace"],
        year: 2023,
        arxivId: "2301.01234",
        source: "seed:trending-papers.txt",
        addedAt: "2025-01-01T00:00:00.000Z",
      },
    ],
    states: {
      "arxiv:2301.01234": {
        status: "read" as const,
        readAt: "2025-02-01T00:00:00.000Z",
        priority: "high" as const,
        starred: true,
        tags: ["ml"],
        note: "My note",
        highlights: [],
      },
    },
    tags: { ml: { color: "#ff0000" } },
    savedSearches: [{ name: "to read", query: "status:unread" }],
  };
}

describe("parseBackup", () => {
  it("reads what toBackup writes, unchanged (property)", () => {
    fc.assert(
      fc.property(
        items(5),
        fc.array(fc.record({ name: fc.string(), query: fc.string() }), { maxLength: 3 }),
        (list, searches) => {
          const data = {
            papers: list.map((i) => i.paper),
            states: Object.fromEntries(list.map((i) => [i.paper.id, i.state])),
            tags: Object.fromEntries(
              list.flatMap((i) => i.state.tags).map((t) => [t.toLocaleLowerCase(), { color: "#123456" }]),
            ),
            savedSearches: searches,
          };
          expect(parseBackup(toBackup(data, { exportedAt: EXPORTED_AT }))).toEqual({
            folio: "backup",
            version: 1,
            exportedAt: EXPORTED_AT,
            ...data,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes pretty-printed JSON with the backup marker", () => {
    const text = toBackup(sample(), { exportedAt: EXPORTED_AT });
    expect(
      text.startsWith('{\n  "folio": "backup",\n  "version": 1,\n  "exportedAt": "2025-03-11T10:00:00.000Z"'),
    ).toBe(true);
    expect(parseBackup(`\uFEFF${text}`).papers[0]?.title).toBe("A paper");
  });

  it.each([
    ["not JSON", "{folio", /^The backup is not valid JSON: /],
    [
      "JSON without the marker",
      '{"papers": []}',
      /^This file is not a Folio backup \(it has no "folio": "backup" marker\)$/,
    ],
    ["an array", "[]", /not a Folio backup/],
    ["a newer version", '{"folio": "backup", "version": 7}', /written by a newer Folio \(backup version 7\)/],
  ])("rejects %s with a clear message", (_label, text, message) => {
    expect(() => parseBackup(text)).toThrow(message);
  });

  it("names the damaged fields", () => {
    const bad = sample() as unknown as {
      papers: Record<string, unknown>[];
      states: Record<string, Record<string, unknown>>;
    };
    (bad.papers[0] as Record<string, unknown>).title = 42;
    (bad.states["arxiv:2301.01234"] as Record<string, unknown>).status = "finished";
    const text = JSON.stringify({ folio: "backup", version: 1, exportedAt: EXPORTED_AT, ...bad });
    expect(() => parseBackup(text)).toThrow(
      /^The backup is damaged: papers\[0\]\.title: .*; states\.arxiv:2301\.01234\.status: /,
    );
  });

  it("rejects duplicate paper ids", () => {
    const data = sample();
    const text = toBackup({ ...data, papers: [...data.papers, ...data.papers] }, { exportedAt: EXPORTED_AT });
    expect(() => parseBackup(text)).toThrow('papers[1].id: duplicate paper id "arxiv:2301.01234"');
  });
});
