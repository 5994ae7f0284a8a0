import { describe, expect, it } from "vitest";
import { moveActive, parseTagInput, splitAtLastComma, suggestTags } from "../../../renderer/lib/tags";

const ALL = [
  { name: "ML", count: 3 },
  { name: "deep-learning", count: 9 },
  { name: "to read", count: 1 },
  { name: "html", count: 2 },
  { name: "Reading group", count: 5 },
  { name: "a.b", count: 1 },
];

describe("suggestTags", () => {
  it("ranks prefix matches, then word starts, then anywhere; busier tags first within a rank", () => {
    expect(suggestTags(ALL, "r", [])).toEqual(["Reading group", "to read", "deep-learning"]);
    expect(suggestTags(ALL, "l", [])).toEqual(["deep-learning", "ML", "html"]);
  });

  it("matches case-insensitively and leaves out tags the paper has (in any case)", () => {
    expect(suggestTags(ALL, "m", ["ml"])).toEqual(["html"]);
    expect(suggestTags(ALL, "READ", [])).toEqual(["Reading group", "to read"]);
  });

  it("suggests nothing for blank input, treats regex characters literally and respects the limit", () => {
    expect(suggestTags(ALL, "  ", [])).toEqual([]);
    expect(suggestTags(ALL, ".", [])).toEqual(["a.b"]);
    expect(suggestTags(ALL, "(", [])).toEqual([]);
    expect(suggestTags(ALL, "e", [], 2)).toHaveLength(2);
  });
});

describe("parseTagInput", () => {
  it("splits on commas, trims and drops empty parts", () => {
    expect(parseTagInput(" a , b,,c ,", [])).toEqual({ tags: ["a", "b", "c"], errors: [] });
  });

  it("never adds a tag twice, case-insensitively, nor one the paper has", () => {
    expect(parseTagInput("ML, ml, Ml, new, NEW", ["ml"])).toEqual({ tags: ["new"], errors: [] });
  });

  it("reports too long tags and control characters instead of sending them", () => {
    const result = parseTagInput(`ok, ${"x".repeat(101)}, bad\u0007tag`, []);
    expect(result.tags).toEqual(["ok"]);
    expect(result.errors).toHaveLength(2);
  });
});

describe("splitAtLastComma", () => {
  it("separates finished tags from the one being typed", () => {
    expect(splitAtLastComma("abc")).toEqual({ done: "", rest: "abc" });
    expect(splitAtLastComma("a, b,")).toEqual({ done: "a, b", rest: "" });
    expect(splitAtLastComma("a, b, c")).toEqual({ done: "a, b", rest: " c" });
  });
});

describe("moveActive", () => {
  it("cycles through the suggestions and the typed text (-1)", () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(2, 1, 3)).toBe(-1);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(0, -1, 3)).toBe(-1);
    expect(moveActive(1, 1, 0)).toBe(-1);
  });
});
