import { describe, expect, it } from "vitest";
import {
  applyMarkdownCommand,
  type MarkdownCommand,
  markdownCommand,
  minimalChange,
  type TextEdit,
  toggleBold,
  toggleItalic,
  toggleLink,
} from "../../../renderer/lib/markdown-shortcuts";

/**
 * Tests write a selection inline: "«" and "»" mark selectionStart and selectionEnd ("|" for a caret),
 * so `sel("a «word» b")` is text "a word b" with "word" selected.
 */
function sel(marked: string): [string, number, number] {
  if (marked.includes("|")) {
    const at = marked.indexOf("|");
    return [marked.replace("|", ""), at, at];
  }
  const s = marked.indexOf("«");
  const e = marked.indexOf("»") - 1;
  return [marked.replace("«", "").replace("»", ""), s, e];
}

function show(edit: TextEdit): string {
  const { text, selectionStart: s, selectionEnd: e } = edit;
  if (s === e) return `${text.slice(0, s)}|${text.slice(s)}`;
  return `${text.slice(0, s)}«${text.slice(s, e)}»${text.slice(e)}`;
}

const run = (f: (t: string, s: number, e: number) => TextEdit, marked: string) => show(f(...sel(marked)));

describe("bold (Ctrl/Cmd+B)", () => {
  it.each([
    ["wraps the selection and keeps it selected", "make «this» strong", "make **«this»** strong"],
    ["keeps edge whitespace outside the markers", "make« this »strong", "make **«this»** strong"],
    ["takes the word around a caret", "make th|is strong", "make **«this»** strong"],
    ["inserts an empty pair at a caret between words", "end of line |", "end of line **|**"],
    ["unwraps when the markers are selected too", "make «**this**» strong", "make «this» strong"],
    ["unwraps when the markers are just around the selection", "make **«this»** strong", "make «this» strong"],
    ["unwraps the word around a caret", "make **th|is** strong", "make «this» strong"],
    ["removes an empty pair around the caret", "x **|** y", "x | y"],
    ["unwraps __underscore__ bold", "a «__b__» c", "a «b» c"],
    ["keeps italic when removing bold from bold italic", "a ***«b»*** c", "a *«b»* c"],
    ["adds bold to italic text", "a *«b»* c", "a ***«b»*** c"],
    ["does not take italic for bold", "a «*b*» c", "a **«*b*»** c"],
    ["treats two bold spans as two, not one", "«**a** and **b**»", "**«**a** and **b**»**"],
    ["keeps a nested italic when unwrapping bold", "«**a *b* c**»", "«a *b* c»"],
  ])("%s", (_label, input, expected) => {
    expect(run(toggleBold, input)).toBe(expected);
  });

  it("handles a selection given backwards or out of range", () => {
    expect(show(toggleBold("abc", 3, 0))).toBe("**«abc»**");
    expect(show(toggleBold("abc", -4, 99))).toBe("**«abc»**");
  });

  it("wraps each non-blank line of a multi-line selection, outside list markers", () => {
    expect(run(toggleBold, "«- one\n\n- two\n> three»")).toBe("«- **one**\n\n- **two**\n> **three**»");
    expect(run(toggleBold, "«1. one\n2. [ ] task»")).toBe("«1. **one**\n2. [ ] **task**»");
  });

  it("unwraps a multi-line selection only when every line is bold", () => {
    expect(run(toggleBold, "«- **one**\n- **two**»")).toBe("«- one\n- two»");
    expect(run(toggleBold, "«**one**\ntwo»")).toBe("«**one**\n**two**»");
  });

  it("round-trips: bold twice gives back the original text", () => {
    for (const marked of ["a «b» c", "a b|c d", "«x\ny»", "| ", "«**»"]) {
      const [text, s, e] = sel(marked);
      const once = toggleBold(text, s, e);
      const twice = toggleBold(once.text, once.selectionStart, once.selectionEnd);
      expect(twice.text).toBe(text);
    }
  });
});

describe("italic (Ctrl/Cmd+I)", () => {
  it.each([
    ["wraps with one star", "an «idea» here", "an *«idea»* here"],
    ["unwraps *italic* selected with its markers", "an «*idea*» here", "an «idea» here"],
    ["unwraps _italic_ around the selection", "an _«idea»_ here", "an «idea» here"],
    ["unwraps italic from bold italic, keeping bold", "an ***«idea»*** here", "an **«idea»** here"],
    ["adds italic inside bold", "an **«idea»** here", "an ***«idea»*** here"],
    ["takes the word at the caret (snake_case included)", "see snake_ca|se now", "see *«snake_case»* now"],
    ["removes an empty pair", "x *|* y", "x | y"],
    ["does not merge two italic spans", "«*a* and *b*»", "*«*a* and *b*»*"],
  ])("%s", (_label, input, expected) => {
    expect(run(toggleItalic, input)).toBe(expected);
  });
});

describe("link (Ctrl/Cmd+K)", () => {
  it.each([
    ["wraps text and selects the url placeholder", "see «the repo» now", "see [the repo](«url») now"],
    ["turns a selected URL into the address", "see «https://a.org/x» now", "see [|](https://a.org/x) now"],
    ["keeps edge whitespace outside", "see« docs »now", "see [docs](«url») now"],
    ["inserts an empty link at a caret", "see | now", "see [|](url) now"],
    ["unlinks a selected link", "see «[docs](https://a.org)» now", "see «docs» now"],
    ["unlinks when the link text is selected", "see [«docs»](https://a.org) now", "see «docs» now"],
    ["unlinks a mailto link", "«[me](mailto:a@b.org)»", "«me»"],
  ])("%s", (_label, input, expected) => {
    const [text, s, e] = sel(input);
    const result = toggleLink(text, s, e);
    expect(show(result)).toBe(expected);
  });

  it("selects exactly the url placeholder so typing replaces it", () => {
    const result = toggleLink("read this", 5, 9);
    expect(result.text).toBe("read [this](url)");
    expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe("url");
  });
});

describe("markdownCommand", () => {
  const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it("uses Ctrl off macOS and Cmd on macOS", () => {
    expect(markdownCommand(key("b", { ctrlKey: true }), false)).toBe("bold");
    expect(markdownCommand(key("I", { ctrlKey: true }), false)).toBe("italic");
    expect(markdownCommand(key("k", { ctrlKey: true }), false)).toBe("link");
    expect(markdownCommand(key("b", { metaKey: true }), true)).toBe("bold");
    expect(markdownCommand(key("b", { metaKey: true }), false)).toBeUndefined();
    expect(markdownCommand(key("b", { ctrlKey: true }), true)).toBeUndefined();
  });

  it("ignores other keys and extra modifiers", () => {
    expect(markdownCommand(key("b"), false)).toBeUndefined();
    expect(markdownCommand(key("x", { ctrlKey: true }), false)).toBeUndefined();
    expect(markdownCommand(key("b", { ctrlKey: true, shiftKey: true }), false)).toBeUndefined();
    expect(markdownCommand(key("b", { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(markdownCommand(key("toString", { ctrlKey: true }), false)).toBeUndefined();
  });

  it("dispatches to the right edit", () => {
    const cases: [MarkdownCommand, string][] = [
      ["bold", "**x**"],
      ["italic", "*x*"],
      ["link", "[x](url)"],
    ];
    for (const [command, expected] of cases) expect(applyMarkdownCommand(command, "x", 0, 1).text).toBe(expected);
  });
});

describe("minimalChange", () => {
  it("finds the smallest replaced range", () => {
    expect(minimalChange("make this strong", "make **this** strong")).toEqual({ start: 5, end: 9, insert: "**this**" });
    expect(minimalChange("a **b** c", "a b c")).toEqual({ start: 2, end: 7, insert: "b" });
    expect(minimalChange("see it", "see [it](url)")).toEqual({ start: 4, end: 6, insert: "[it](url)" });
    expect(minimalChange("same", "same")).toEqual({ start: 4, end: 4, insert: "" });
    expect(minimalChange("", "new")).toEqual({ start: 0, end: 0, insert: "new" });
  });

  it("always reproduces the target text", () => {
    const pairs = [
      ["aaaa", "aa"],
      ["abcabc", "abc"],
      ["x", "xyx"],
      ["***", "*****"],
    ] as const;
    for (const [before, after] of pairs) {
      const { start, end, insert } = minimalChange(before, after);
      expect(before.slice(0, start) + insert + before.slice(end)).toBe(after);
    }
  });
});
