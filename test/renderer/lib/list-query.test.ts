import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, filterSyntax, isFiltered, queryArg, queryKey } from "../../../renderer/lib/list-query";
import { methodSchemas } from "../../../shared/api/schemas";

describe("list query", () => {
  it("gives equal queries one key and different ones different keys", () => {
    const a = { ...DEFAULT_QUERY, text: " soups ", tags: ["b", "a"] };
    const b = { ...DEFAULT_QUERY, text: "soups", tags: ["a", "b"] };
    expect(queryKey(a)).toBe(queryKey(b));
    expect(queryKey(a)).not.toBe(queryKey({ ...b, status: "read" }));
    expect(queryKey(a)).not.toBe(queryKey({ ...b, sort: { key: "title", dir: "asc" } }));
    expect(queryKey(a)).not.toBe(queryKey({ ...b, tagMode: "all" }));
    expect(queryKey(a)).not.toBe(queryKey({ ...b, priority: "high" }));
    expect(queryKey(a)).not.toBe(queryKey({ ...b, starred: true }));
  });

  it("builds an argument the core's schema accepts", () => {
    const arg = queryArg(
      { ...DEFAULT_QUERY, text: " x ", status: "reading", tags: ["ml"], sort: { key: "changed", dir: "desc" } },
      200,
      100,
    );
    expect(methodSchemas.query.parse(arg)).toMatchObject({ text: "x", status: "reading", offset: 200, limit: 100 });
    expect(methodSchemas.query.safeParse(queryArg(DEFAULT_QUERY, 0, 100)).success).toBe(true);
    expect("status" in queryArg(DEFAULT_QUERY, 0, 100)).toBe(false);
    const all = queryArg(
      { ...DEFAULT_QUERY, tags: ["a", "b"], tagMode: "all", sort: { key: "priority", dir: "desc" } },
      0,
      1,
    );
    expect(methodSchemas.query.parse(all)).toMatchObject({
      tags: ["a", "b"],
      tagMode: "all",
      sort: { key: "priority" },
    });
  });

  it("sends the priority and star filters as search syntax after the typed text", () => {
    expect(filterSyntax({ priority: undefined, starred: false })).toEqual([]);
    expect(queryArg({ ...DEFAULT_QUERY, priority: "high", starred: true }, 0, 1).text).toBe("priority:high is:starred");
    expect(queryArg({ ...DEFAULT_QUERY, text: " soups ", starred: true }, 0, 1).text).toBe("soups is:starred");
  });

  it("knows when filters are active", () => {
    expect(isFiltered(DEFAULT_QUERY)).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, text: "  " })).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, text: "a" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, tags: ["x"] })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, status: "read" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, priority: "low" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, starred: true })).toBe(true);
  });
});
