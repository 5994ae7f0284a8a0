/**
 * Every parser, fed random text, truncated real files and huge fields, returns a result or throws an
 * Error — never another kind of failure, never a hang. The elapsed time is checked against a very
 * generous bound (5 s + 2 s per 100 KB) that only a hang or runaway complexity would exceed; it is a
 * hang detector, not a benchmark.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBackup } from "../../../../main/formats/import/backup";
import { detectFormat } from "../../../../main/formats/import/detect";
import { PAPER_PARSERS } from "../../../../main/formats/import/index";
import type { ParseResult } from "../../../../shared/model/paper";
import { fixture, fixtureNames } from "../fixtures";

const PARSERS: [string, (text: string) => unknown][] = [
  ...Object.entries(PAPER_PARSERS),
  ["backup", parseBackup],
  ["detect", (text: string) => detectFormat(text)],
];

const texts = fixtureNames().map((name) => fixture(name));

function budgetMs(text: string): number {
  return 5000 + (2000 * text.length) / 100_000;
}

function isParseResult(value: unknown): value is ParseResult {
  const r = value as ParseResult;
  return (
    Array.isArray(r?.papers) &&
    Array.isArray(r?.problems) &&
    r.problems.every((p) => Number.isInteger(p.line) && p.line >= 1 && typeof p.message === "string") &&
    r.papers.every((p) => typeof p.title === "string" && Array.isArray(p.authors) && Array.isArray(p.links))
  );
}

/** Run, and check: an Error or a well-formed result, within the time bound. */
function survives(name: string, run: (text: string) => unknown, text: string): void {
  const started = performance.now();
  let outcome: unknown;
  try {
    outcome = run(text);
  } catch (err) {
    outcome = err;
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${name} took ${Math.round(elapsed)} ms on ${text.length} chars`).toBeLessThan(budgetMs(text));
  if (outcome instanceof Error) return;
  if (name === "backup" || name === "detect") return;
  expect(isParseResult(outcome), `${name} returned something that is not a ParseResult`).toBe(true);
}

/** Characters that matter to the formats, so random text reaches past the first check. */
const FORMAT_CHARS = [
  ..."@{}()=,#%\"'\\$_^~[]<>:;-/\n\r\t TYERAUKWabc01 ",
  "TY  - ",
  "ER  - ",
  "@article{",
  "<entry>",
  "</feed>",
];
const formatish = fc.array(fc.constantFrom(...FORMAT_CHARS), { maxLength: 400 }).map((a) => a.join(""));

describe.each(PARSERS)("%s on hostile input", (name, run) => {
  it("survives random strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), formatish), (text) => {
        survives(name, run, text);
      }),
      { numRuns: 150 },
    );
  });

  it("survives every real fixture cut at any point", () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, at) => {
        const text = texts[i] ?? "";
        survives(name, run, text.slice(0, Math.floor(text.length * at)));
      }),
      { numRuns: 120 },
    );
  });

  it("survives whole fixtures of every other format", () => {
    for (const text of texts) survives(name, run, text);
  });

  it("survives a 1 MB line and 1 MB of repeated structure", () => {
    survives(name, run, "x".repeat(1_000_000));
    survives(name, run, "@a{k, t={".repeat(100_000));
    survives(name, run, "TY  - JOUR\nAB  - ".repeat(60_000));
    survives(name, run, "@a{x, t={ @a{x, t={ mail a@b.org\n".repeat(20_000));
    survives(name, run, "@a{x, t={ ".repeat(4_900));
  });
});

describe("huge fields in otherwise valid files", () => {
  const big = "word ".repeat(200_000);
  it.each([
    ["bibtex", `@article{k, title={Small}, abstract={${big}}}\n@article{j, title={Next}}`],
    ["ris", `TY  - JOUR\nTI  - Small\nAB  - ${big}\nER  - \n`],
    ["zotero-csv", `Key,Title,Abstract Note\nK,Small,"${big}"\n`],
    ["csl-json", JSON.stringify([{ title: "Small", abstract: big }])],
    [
      "arxiv-atom",
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2301.00001v1</id><title>Small</title><summary>${big}</summary></entry></feed>`,
    ],
  ] as const)("%s", (format, text) => {
    const started = performance.now();
    const result = PAPER_PARSERS[format](text);
    expect(performance.now() - started).toBeLessThan(budgetMs(text));
    if (format === "bibtex") {
      expect(result.papers.map((p) => p.title)).toEqual(["Next"]);
      expect(result.problems[0]?.message).toMatch(/larger than 50 KB; skipped/);
    } else {
      expect(result.papers[0]?.title).toBe("Small");
    }
  });
});
