import { describe, expect, it } from "vitest";
import { headingLevels, remarkNestHeadings } from "../../../renderer/lib/markdown";

describe("headingLevels", () => {
  it("starts the note's top level at h4 and never skips a level", () => {
    expect(headingLevels([1, 2, 3])).toEqual([4, 5, 6]);
    expect(headingLevels([2, 3, 3, 2, 4])).toEqual([4, 5, 5, 4, 5]);
    expect(headingLevels([3, 1])).toEqual([4, 4]);
    expect(headingLevels([1, 6])).toEqual([4, 5]);
  });

  it("caps at h6 and handles no headings", () => {
    expect(headingLevels([1, 2, 3, 4, 5, 6])).toEqual([4, 5, 6, 6, 6, 6]);
    expect(headingLevels([])).toEqual([]);
  });
});

describe("remarkNestHeadings", () => {
  it("rewrites heading depths anywhere in the tree, in document order", () => {
    const tree = {
      type: "root",
      children: [
        { type: "heading", depth: 2, children: [] },
        { type: "blockquote", children: [{ type: "heading", depth: 4, children: [] }] },
        { type: "paragraph", children: [] },
      ],
    };
    remarkNestHeadings()(tree);
    expect(tree.children[0]).toMatchObject({ depth: 4 });
    expect(tree.children[1]?.children?.[0]).toMatchObject({ depth: 5 });
  });
});
