/** The ASCII shortcuts of `plain`, `rich` and `keyword` give what the full rules give. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  keyword,
  keywordByRule,
  plain,
  plainByRule,
  rich,
  richByRule,
} from "../../../../main/formats/import/bibtex-fields";

/** Text the parser hands back: words, runs of spaces, line breaks, its markup, accents, placeholders. */
const piece = fc.oneof(
  fc.string({ unit: "binary-ascii", maxLength: 12 }),
  fc.constantFrom("  ", " ", "\n", "\n\n", "\t", "<i>", "</i>", "<p>", "<br/>", "<li>", "a < b", "\uE000", "\uE001"),
  fc.constantFrom("Martín", "ı\u0301", "e\u0301", "\u00a0", "\u2003", "—", "x>y"),
  fc.constantFrom("\\_", "\\&", "{", "}", "\\", "~", "|", "[", "]"),
);
const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(""));

describe("plain, rich and keyword", () => {
  it("take the ASCII shortcut to the same result as the full rule (property)", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(plain(value)).toBe(plainByRule(value));
        expect(rich(value)).toBe(richByRule(value));
        expect(keyword(value)).toBe(keywordByRule(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("collapse spaces and keep text on the shortcut", () => {
    expect(plain("  Attention  is all   you need ")).toBe("Attention is all you need");
    expect(rich("We  propose (a) 90% gain; x = y.")).toBe("We propose (a) 90% gain; x = y.");
  });
});
