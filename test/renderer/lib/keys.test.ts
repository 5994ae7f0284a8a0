import { describe, expect, it } from "vitest";
import { navAction, ownsKeys, targetIndex } from "../../../renderer/lib/keys";

describe("navAction", () => {
  it("maps arrows, j/k and Home/End; ignores modified keys and others", () => {
    expect(navAction({ key: "ArrowDown" })).toBe("next");
    expect(navAction({ key: "j" })).toBe("next");
    expect(navAction({ key: "ArrowUp" })).toBe("prev");
    expect(navAction({ key: "k" })).toBe("prev");
    expect(navAction({ key: "Home" })).toBe("first");
    expect(navAction({ key: "End" })).toBe("last");
    expect(navAction({ key: "j", ctrlKey: true })).toBeUndefined();
    expect(navAction({ key: "ArrowDown", altKey: true })).toBeUndefined();
    expect(navAction({ key: "x" })).toBeUndefined();
    expect(navAction({ key: "toString" })).toBeUndefined();
  });
});

describe("targetIndex", () => {
  it("moves within bounds and starts at the top without a selection", () => {
    expect(targetIndex("next", -1, 86)).toBe(0);
    expect(targetIndex("prev", -1, 86)).toBe(0);
    expect(targetIndex("next", 4, 86)).toBe(5);
    expect(targetIndex("next", 85, 86)).toBe(85);
    expect(targetIndex("prev", 0, 86)).toBe(0);
    expect(targetIndex("first", 40, 86)).toBe(0);
    expect(targetIndex("last", 0, 86)).toBe(85);
    expect(targetIndex("next", 0, 0)).toBeUndefined();
  });
});

describe("ownsKeys", () => {
  it("leaves text fields, selects and widgets with their own arrow keys alone", () => {
    expect(ownsKeys({ tagName: "INPUT" })).toBe(true);
    expect(ownsKeys({ tagName: "TEXTAREA" })).toBe(true);
    expect(ownsKeys({ tagName: "SELECT" })).toBe(true);
    expect(ownsKeys({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(ownsKeys({ tagName: "BUTTON", role: "tab" })).toBe(true);
    expect(ownsKeys({ tagName: "BUTTON" })).toBe(false);
    expect(ownsKeys({ tagName: "DIV", role: "listbox" })).toBe(false);
    expect(ownsKeys({ tagName: "BODY" })).toBe(false);
  });
});
