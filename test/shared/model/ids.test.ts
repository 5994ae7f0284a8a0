import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeTitleByRule as byTheRule, normalizeTitle } from "../../../shared/model/ids";

describe("normalizeTitle", () => {
  it("folds case, accents, punctuation and spaces", () => {
    expect(normalizeTitle("Model Soups: Averaging Weights…")).toBe("model soups averaging weights");
    expect(normalizeTitle("  Mart\u0301in's   TensorFlow-2  ")).toBe("martin s tensorflow 2");
    expect(normalizeTitle("Řehůřek — Gensim")).toBe("rehurek gensim");
  });

  it("gives the same key on the ASCII shortcut as by the full Unicode rule (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 80 }), (title) => {
        expect(normalizeTitle(title)).toBe(byTheRule(title));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (title) => {
        expect(normalizeTitle(title)).toBe(byTheRule(title));
      }),
    );
  });
});
