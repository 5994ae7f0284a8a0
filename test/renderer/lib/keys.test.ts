import { describe, expect, it } from "vitest";
import { isTyping, ownsArrows, ownsKeys, targetIndex } from "../../../renderer/lib/keys";

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

describe("isTyping", () => {
  it("is true in text fields, the note, selects, editable content and comboboxes", () => {
    expect(isTyping({ tagName: "INPUT" })).toBe(true);
    expect(isTyping({ tagName: "INPUT", type: "search" })).toBe(true);
    expect(isTyping({ tagName: "INPUT", type: "text", role: "combobox" })).toBe(true);
    expect(isTyping({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTyping({ tagName: "SELECT" })).toBe(true);
    expect(isTyping({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTyping({ tagName: "DIV", role: "textbox" })).toBe(true);
  });

  it("is false on buttons, radios, checkboxes, the list and the page", () => {
    expect(isTyping({ tagName: "INPUT", type: "radio" })).toBe(false);
    expect(isTyping({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTyping({ tagName: "BUTTON" })).toBe(false);
    expect(isTyping({ tagName: "DIV", role: "listbox" })).toBe(false);
    expect(isTyping({ tagName: "BODY" })).toBe(false);
  });
});

describe("ownsArrows / ownsKeys", () => {
  it("leaves widgets with their own arrow keys alone", () => {
    expect(ownsArrows({ tagName: "INPUT", type: "radio" })).toBe(true);
    expect(ownsArrows({ tagName: "BUTTON", role: "tab" })).toBe(true);
    expect(ownsArrows({ tagName: "BUTTON" })).toBe(false);
    expect(ownsKeys({ tagName: "BUTTON", role: "tab" })).toBe(true);
    expect(ownsKeys({ tagName: "TEXTAREA" })).toBe(true);
    expect(ownsKeys({ tagName: "DIV", role: "listbox" })).toBe(false);
  });
});
