import { describe, expect, it } from "vitest";
import { nextPriority, PRIORITY_LABELS } from "../../../renderer/lib/bulk";
import { colorOf, isTagColor, tagColorMap } from "../../../renderer/lib/tag-colors";
import { TAG_COLORS } from "../../../shared/api/schemas";
import { PRIORITIES } from "../../../shared/model/user-state";

describe("nextPriority", () => {
  it("cycles none, low, medium, high and back", () => {
    expect(nextPriority("none")).toBe("low");
    expect(nextPriority("low")).toBe("medium");
    expect(nextPriority("medium")).toBe("high");
    expect(nextPriority("high")).toBe("none");
    expect(nextPriority(undefined)).toBe("low");
    expect(Object.keys(PRIORITY_LABELS)).toEqual([...PRIORITIES]);
  });
});

describe("tag colors", () => {
  it("maps tags case-insensitively to palette colors and ignores unknown ones", () => {
    const map = tagColorMap([
      { name: "ML", count: 2, color: "red" },
      { name: "vision", count: 1, color: "chartreuse" },
      { name: "plain", count: 1 },
    ]);
    expect(colorOf(map, "ml")).toBe("red");
    expect(colorOf(map, " ML ")).toBe("red");
    expect(colorOf(map, "vision")).toBeUndefined();
    expect(colorOf(map, "plain")).toBeUndefined();
    expect(TAG_COLORS.every(isTagColor)).toBe(true);
    expect(isTagColor(undefined)).toBe(false);
  });
});
