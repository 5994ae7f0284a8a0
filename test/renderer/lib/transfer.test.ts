/** The export dialog's argument: the list's filter exactly, the selection, or everything. */
import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, type ListQuery } from "../../../renderer/lib/list-query";
import { EXPORT_CHOICES, exportArg, importSummary } from "../../../renderer/lib/transfer";
import { EXPORT_FORMATS, methodSchemas } from "../../../shared/api/schemas";

const filtered: ListQuery = {
  ...DEFAULT_QUERY,
  text: "  diffusion ",
  status: "reading",
  tags: ["ml"],
  tagMode: "all",
  priority: "high",
  starred: true,
  sort: { key: "title", dir: "desc" },
};

describe("exportArg", () => {
  it("the current filter carries text, status, tags, sort, and the sidebar's priority and star as syntax", () => {
    const arg = exportArg("bibtex", "query", { query: filtered, ids: [], bom: false });
    expect(arg).toEqual({
      format: "bibtex",
      scope: "query",
      query: {
        text: "diffusion priority:high is:starred",
        status: "reading",
        tags: ["ml"],
        tagMode: "all",
        sort: { key: "title", dir: "desc" },
      },
    });
    expect(methodSchemas.exportLibrary.safeParse(arg).success).toBe(true);
  });

  it("the selection is sent as ids; everything as scope all", () => {
    expect(exportArg("markdown", "ids", { query: DEFAULT_QUERY, ids: ["a", "b"], bom: false })).toEqual({
      format: "markdown",
      scope: "ids",
      ids: ["a", "b"],
    });
    expect(exportArg("json", "all", { query: filtered, ids: ["a"], bom: true })).toEqual({
      format: "json",
      scope: "all",
    });
  });

  it("the byte-order mark goes with CSV only", () => {
    expect(exportArg("csv", "all", { query: DEFAULT_QUERY, ids: [], bom: true })).toMatchObject({ bom: true });
    expect(exportArg("csl-json", "all", { query: DEFAULT_QUERY, ids: [], bom: true })).not.toHaveProperty("bom");
  });

  it("every argument it builds passes the contract", () => {
    for (const { format } of EXPORT_CHOICES) {
      for (const scope of ["all", "query", "ids"] as const) {
        const arg = exportArg(format, scope, { query: filtered, ids: ["x"], bom: true });
        expect(methodSchemas.exportLibrary.safeParse(arg).success, `${format} ${scope}`).toBe(true);
      }
    }
  });
});

describe("choices and labels", () => {
  it("offers every export format exactly once", () => {
    expect(EXPORT_CHOICES.map((c) => c.format).sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it("summarises a preview", () => {
    expect(importSummary({ added: 6, merged: 1, skipped: 0 })).toBe("6 new, 1 merged, 0 skipped");
  });
});
