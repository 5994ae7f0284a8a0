import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeFileName, uniqueFileNames } from "../../../../main/formats/export/filenames";

describe("safeFileName", () => {
  it.each([
    ["Model Soups: Averaging Weights", "Model Soups - Averaging Weights"],
    ['a<b>c"d/e\\f|g?h*i', "a b c d e f g h i"],
    ["tabs\tand\nnew\rlines\u0000nul", "tabs and new lines nul"],
    ["trailing dots...", "trailing dots"],
    ["trailing spaces   ", "trailing spaces"],
    ["...hidden", "hidden"],
    ["CON", "CON_"],
    ["con", "con_"],
    ["nul.txt", "nul_.txt"],
    ["COM1", "COM1_"],
    ["lpt9", "lpt9_"],
    ["CONSOLE", "CONSOLE"],
    ["AUX: the paper", "AUX - the paper"],
    ["", "untitled"],
    ["???", "untitled"],
    ["...", "untitled"],
    ["Ünïcödé 漢字 🙂", "Ünïcödé 漢字 🙂"],
    ["e\u0301", "é"],
    ["zero\u200bwidth", "zero width"],
  ])("%j -> %j", (input, output) => {
    expect(safeFileName(input)).toBe(output);
  });

  it("cuts long names to 120 characters without a trailing space or dot", () => {
    const name = `${"word ".repeat(23)}abcd. tail`;
    const safe = safeFileName(name);
    expect([...safe].length).toBeLessThanOrEqual(120);
    expect(safe).toBe(name.slice(0, 119).trimEnd());
  });

  it("never splits a surrogate pair and stays within 200 UTF-8 bytes", () => {
    const safe = safeFileName("🙂".repeat(100));
    expect(safe).toBe("🙂".repeat(50));
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(200);
  });

  it("always gives a name that is safe everywhere (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (name) => {
        const safe = safeFileName(name);
        expect(safe).not.toBe("");
        expect(safe).not.toMatch(/[<>:"/\\|?*\p{Cc}]/u);
        expect(safe).not.toMatch(/[. ]$/);
        expect(safe).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i);
        expect([...safe].length).toBeLessThanOrEqual(120);
        expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(200);
        expect(safe).toBe(safe.normalize("NFC"));
      }),
    );
  });
});

describe("uniqueFileNames", () => {
  it("adds (2), (3)… to names that clash case-insensitively", () => {
    expect(uniqueFileNames(["Paper", "paper", "PAPER", "Other", "Paper (2)"], ".md")).toEqual([
      "Paper.md",
      "paper (2).md",
      "PAPER (3).md",
      "Other.md",
      "Paper (2) (2).md",
    ]);
  });

  it("keeps names unique and short even when every title is the same long text (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 200 }), { maxLength: 30 }),
        fc.constantFrom(".md", ".txt"),
        (names, ext) => {
          const files = uniqueFileNames([...names, ...names], ext);
          expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
          for (const f of files) {
            expect(f.endsWith(ext)).toBe(true);
            expect([...f].length).toBeLessThanOrEqual(120);
          }
        },
      ),
    );
  });
});
