/** Keyword lists are sorted in the parser's order, on the code-point shortcut too. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortCaseInsensitive } from "../../../../main/formats/import/bibtex-plain-values";

/** Keywords of plain words (the shortcut) and of words the collator orders its own way. */
const word = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."ab z09-./"), maxLength: 6 }),
  fc.string({ unit: fc.constantFrom(..."aB z_9-.é'Ä"), maxLength: 6 }),
);

describe("sortCaseInsensitive", () => {
  it("orders as the parser does: localeCompare of the lowercased words (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 8 }), (words) => {
        const byParser = [...words].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
        expect(sortCaseInsensitive([...words])).toEqual(byParser);
      }),
      { numRuns: 3000 },
    );
    expect(sortCaseInsensitive(["vision", "ml", "deep learning", "gpt-4"])).toEqual([
      "deep learning",
      "gpt-4",
      "ml",
      "vision",
    ]);
  });
});
