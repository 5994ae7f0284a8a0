import { describe, expect, it } from "vitest";
import {
  anchorHighlights,
  boundaryOffset,
  clipSegments,
  type NodeLike,
  nearestOccurrence,
  segmentText,
  selectionSpan,
  textOf,
  trimSpan,
} from "../../../renderer/lib/highlights";

/** A tiny stand-in for DOM nodes (the tests run without a DOM). */
interface FakeNode extends NodeLike {
  nodeType: number;
  nodeValue: string | null;
  childNodes: FakeNode[];
  parentNode: FakeNode | null;
}

function txt(value: string): FakeNode {
  return { nodeType: 3, nodeValue: value, childNodes: [], parentNode: null };
}

function el(...children: FakeNode[]): FakeNode {
  const node: FakeNode = { nodeType: 1, nodeValue: null, childNodes: children, parentNode: null };
  for (const c of children) c.parentNode = node;
  return node;
}

function comment(value: string): FakeNode {
  return { nodeType: 8, nodeValue: value, childNodes: [], parentNode: null };
}

const ABSTRACT = "We propose model soups: averaging the weights of fine-tuned models improves accuracy.";

/** The abstract drawn as the app does: plain text, a link, a highlight <mark>, a search <mark>. */
function drawn() {
  const a = txt("We propose ");
  const soups = txt("model soups");
  const b = txt(": averaging the ");
  const weights = txt("weights");
  const c = txt(" of fine-tuned models improves accuracy.");
  const root = el(el(a), el(el(soups)), el(b), el(el(weights)), el(c, comment("ignored")));
  return { root, a, soups, b, weights, c };
}

describe("boundaryOffset", () => {
  it("counts characters through nested elements for a text-node boundary", () => {
    const { root, a, soups, b, weights, c } = drawn();
    expect(textOf(root)).toBe(ABSTRACT);
    expect(boundaryOffset(root, a, 0)).toBe(0);
    expect(boundaryOffset(root, soups, 0)).toBe(ABSTRACT.indexOf("model soups"));
    expect(boundaryOffset(root, soups, 5)).toBe(ABSTRACT.indexOf(" soups"));
    expect(boundaryOffset(root, b, 2)).toBe(ABSTRACT.indexOf("averaging"));
    expect(boundaryOffset(root, weights, 7)).toBe(ABSTRACT.indexOf(" of fine"));
    expect(boundaryOffset(root, c, c.nodeValue?.length ?? 0)).toBe(ABSTRACT.length);
  });

  it("reads an element boundary as a child index", () => {
    const { root } = drawn();
    expect(boundaryOffset(root, root, 0)).toBe(0);
    expect(boundaryOffset(root, root, 1)).toBe("We propose ".length);
    expect(boundaryOffset(root, root, 3)).toBe(ABSTRACT.indexOf("weights"));
    expect(boundaryOffset(root, root, 5)).toBe(ABSTRACT.length);
    expect(boundaryOffset(root, root, 99)).toBe(ABSTRACT.length);
    const mark = root.childNodes[3] as FakeNode;
    expect(boundaryOffset(root, mark, 1)).toBe(ABSTRACT.indexOf(" of fine"));
  });

  it("clamps offsets and refuses points outside the root", () => {
    const { root, soups } = drawn();
    expect(boundaryOffset(root, soups, -3)).toBe(ABSTRACT.indexOf("model"));
    expect(boundaryOffset(root, soups, 1000)).toBe(ABSTRACT.indexOf(": averaging"));
    expect(boundaryOffset(root, txt("elsewhere"), 2)).toBeUndefined();
    expect(boundaryOffset(root, el(), 0)).toBeUndefined();
  });
});

describe("selectionSpan", () => {
  it("turns a range across several elements into abstract offsets", () => {
    const { root, soups, weights } = drawn();
    const span = selectionSpan(
      root,
      { startContainer: soups, startOffset: 6, endContainer: weights, endOffset: 7 },
      ABSTRACT,
    );
    const quote = "soups: averaging the weights";
    expect(span).toEqual({ start: ABSTRACT.indexOf(quote), end: ABSTRACT.indexOf(quote) + quote.length, quote });
  });

  it("trims whitespace at the edges (a double-click takes the trailing space)", () => {
    const { root, a, soups } = drawn();
    const span = selectionSpan(
      root,
      { startContainer: a, startOffset: 3, endContainer: soups, endOffset: 0 },
      ABSTRACT,
    );
    expect(span?.quote).toBe("propose");
    expect(ABSTRACT.slice(span?.start, span?.end)).toBe("propose");
  });

  it("selects nothing for a collapsed or blank range", () => {
    const { root, a, b } = drawn();
    expect(selectionSpan(root, { startContainer: a, startOffset: 4, endContainer: a, endOffset: 4 }, ABSTRACT)).toBe(
      undefined,
    );
    expect(selectionSpan(root, { startContainer: b, startOffset: 11, endContainer: b, endOffset: 12 }, ABSTRACT)).toBe(
      undefined,
    );
  });

  it("clips a range that reaches out of the abstract on one side", () => {
    const { root, a, c } = drawn();
    const page = el(el(txt("Title")), root, el(txt("Note")));
    const title = page.childNodes[0]?.childNodes[0] as FakeNode;
    const note = page.childNodes[2]?.childNodes[0] as FakeNode;
    const fromTitle = selectionSpan(
      root,
      { startContainer: title, startOffset: 2, endContainer: a, endOffset: 10 },
      ABSTRACT,
    );
    expect(fromTitle).toEqual({ start: 0, end: 10, quote: "We propose" });
    const intoNote = selectionSpan(
      root,
      { startContainer: c, startOffset: 30, endContainer: note, endOffset: 2 },
      ABSTRACT,
    );
    expect(intoNote?.quote).toBe("accuracy.");
    expect(intoNote?.end).toBe(ABSTRACT.length);
    expect(
      selectionSpan(root, { startContainer: title, startOffset: 0, endContainer: note, endOffset: 1 }, ABSTRACT),
    ).toBeUndefined();
  });

  it("looks the words up in the abstract when the drawn text differs from it", () => {
    const root = el(el(txt("[badge] ")), el(txt("averaging the weights")));
    const inner = root.childNodes[1]?.childNodes[0] as FakeNode;
    const span = selectionSpan(
      root,
      { startContainer: inner, startOffset: 14, endContainer: inner, endOffset: 21 },
      ABSTRACT,
    );
    expect(span).toEqual({
      start: ABSTRACT.indexOf("weights"),
      end: ABSTRACT.indexOf("weights") + 7,
      quote: "weights",
    });
    const missing = selectionSpan(
      root,
      { startContainer: root, startOffset: 0, endContainer: root, endOffset: 1 },
      ABSTRACT,
    );
    expect(missing).toBeUndefined();
  });
});

describe("trimSpan and nearestOccurrence", () => {
  it("trims and normalises reversed or out-of-range offsets", () => {
    expect(trimSpan("  ab  ", 6, 0)).toEqual({ start: 2, end: 4, quote: "ab" });
    expect(trimSpan("abc", -5, 99)).toEqual({ start: 0, end: 3, quote: "abc" });
    expect(trimSpan(" \n\t", 0, 3)).toBeUndefined();
  });

  it("finds the occurrence closest to the old position", () => {
    const text = "the cat, the dog, the bird";
    expect(nearestOccurrence(text, "the", 0)).toBe(0);
    expect(nearestOccurrence(text, "the", 11)).toBe(9);
    expect(nearestOccurrence(text, "the", 17)).toBe(18);
    expect(nearestOccurrence(text, "the", 1000)).toBe(18);
    expect(nearestOccurrence(text, "fish", 3)).toBeUndefined();
    expect(nearestOccurrence(text, "", 3)).toBeUndefined();
    // Equally far on both sides: the earlier one.
    expect(nearestOccurrence("ab xx ab", "ab", 3)).toBe(0);
  });
});

describe("anchorHighlights", () => {
  const h = (id: string, quote: string, start: number) => ({ id, quote, start, end: start + quote.length });

  it("keeps highlights whose offsets still hold their quote", () => {
    const at = ABSTRACT.indexOf("weights");
    const result = anchorHighlights(ABSTRACT, [h("w", "weights", at)]);
    expect(result.placed).toEqual([{ id: "w", start: at, end: at + 7, moved: false }]);
    expect(result.detached).toEqual([]);
    expect(result.segments).toEqual([
      { start: 0, end: at, ids: [] },
      { start: at, end: at + 7, ids: ["w"] },
      { start: at + 7, end: ABSTRACT.length, ids: [] },
    ]);
  });

  it("re-anchors to the nearest occurrence after the abstract was edited", () => {
    const before = "Weights matter. Soups help: we average the weights of fine-tuned models.";
    const stored = h("w", "weights", before.lastIndexOf("weights"));
    // A typo fixed and a word added before the highlight: its offsets now point at other text.
    const after = "Weights matter. Model soups help: we simply average the weights of fine-tuned models.";
    expect(after.slice(stored.start, stored.end)).not.toBe("weights");
    const [placed] = anchorHighlights(after, [stored]).placed;
    expect(placed).toEqual({
      id: "w",
      start: after.lastIndexOf("weights"),
      end: after.lastIndexOf("weights") + 7,
      moved: true,
    });
  });

  it("reports a highlight whose quote is gone as detached and never draws it", () => {
    const result = anchorHighlights("A completely new abstract.", [h("gone", "weights", 3)]);
    expect(result.placed).toEqual([]);
    expect(result.detached).toEqual(["gone"]);
    expect(result.segments).toEqual([{ start: 0, end: 26, ids: [] }]);
  });

  it("never draws out of range or empty highlights", () => {
    const text = "short";
    const result = anchorHighlights(text, [
      { id: "past", start: 10, end: 20, quote: "elsewhere" },
      { id: "empty", start: 1, end: 1, quote: "" },
    ]);
    expect(result.detached).toEqual(["past", "empty"]);
    expect(result.segments).toEqual([{ start: 0, end: 5, ids: [] }]);
  });

  it("cuts overlapping highlights into non-overlapping segments", () => {
    const text = "abcdefghij";
    const { segments } = anchorHighlights(text, [h("x", "bcdef", 1), h("y", "efgh", 4)]);
    expect(segments).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 4, ids: ["x"] },
      { start: 4, end: 6, ids: ["x", "y"] },
      { start: 6, end: 8, ids: ["y"] },
      { start: 8, end: 10, ids: [] },
    ]);
    // Segments tile the text exactly.
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
  });

  it("handles an empty abstract", () => {
    expect(anchorHighlights("", [h("x", "a", 0)])).toEqual({ placed: [], detached: ["x"], segments: [] });
  });
});

describe("segmentText and clipSegments", () => {
  it("merges neighbours drawn the same way and tiles the text", () => {
    expect(
      segmentText(10, [
        { id: "a", start: 2, end: 4 },
        { id: "a2", start: 4, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ["a"] },
      { start: 4, end: 10, ids: [] },
    ]);
  });

  it("clips segments to a link's range", () => {
    const segments = segmentText(10, [{ id: "h", start: 3, end: 7 }]);
    expect(clipSegments(segments, 5, 9)).toEqual([
      { start: 5, end: 7, ids: ["h"] },
      { start: 7, end: 9, ids: [] },
    ]);
    expect(clipSegments(segments, 4, 4)).toEqual([]);
  });
});
