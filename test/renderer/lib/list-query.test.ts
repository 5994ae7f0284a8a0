import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, isFiltered, queryArg, queryKey } from "../../../renderer/lib/list-query";
import { methodSchemas } from "../../../shared/api/schemas";

describe("list query", () => {
  it("gives equal queries one key and different ones different keys", () => {
    const a = { ...DEFAULT_QUERY, text: " soups ", tags: ["b", "a"] };
    const b = { ...DEFAULT_QUERY, text: "soups", tags: ["a", "b"] };
    expect(queryKey(a)).toBe(queryKey(b));
    expect(queryKey(a)).not.toBe(queryKey({ ...b, status: "read" }));
    expect(queryKey(a)).not.toBe(queryKey({ ...b, sort: { key: "title", dir: "asc" } }));
  });

  it("builds an argument the core's schema accepts", () => {
    const arg = queryArg(
      { text: " x ", status: "reading", tags: ["ml"], sort: { key: "changed", dir: "desc" } },
      200,
      100,
    );
    expect(methodSchemas.query.parse(arg)).toMatchObject({ text: "x", status: "reading", offset: 200, limit: 100 });
    expect(methodSchemas.query.safeParse(queryArg(DEFAULT_QUERY, 0, 100)).success).toBe(true);
    expect("status" in queryArg(DEFAULT_QUERY, 0, 100)).toBe(false);
  });

  it("knows when filters are active", () => {
    expect(isFiltered(DEFAULT_QUERY)).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, text: "  " })).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, text: "a" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, tags: ["x"] })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, status: "read" })).toBe(true);
  });
});
