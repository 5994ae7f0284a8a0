import { describe, expect, it } from "vitest";
import { highlightRanges } from "../../../shared/search/highlight";
import { parseQuery } from "../../../shared/search/query-syntax";

function marked(text: string, query: string): string {
  let out = "";
  let at = 0;
  for (const [start, end] of highlightRanges(text, parseQuery(query))) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

describe("highlightRanges", () => {
  it.each([
    ["Transformers for Point Clouds", "transf", "[Transformers] for Point Clouds"],
    ["Transformers for Point Clouds", "transf ", "Transformers for Point Clouds"],
    ["Transformers for Point Clouds", "clouds point", "Transformers for [Point] [Clouds]"],
    ["A Café in Zürich", "cafe zurich", "A [Café] in [Zürich]"],
    ["Difusion models", "diffusion", "[Difusion] models"],
    ["point clouds, point sets", '"point clouds"', "[point] [clouds], [point] sets"],
    ["Anything", "tag:x status:read", "Anything"],
  ])("%s / %s", (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });
});
