/**
 * The BibTeX fast path must be invisible: the same papers and the same problems as the full parse,
 * on every real fixture, on Folio's own export and on generated entries full of LaTeX edge cases.
 * And it must really be taken, or the equalities below would hold trivially.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toBibtex } from "../../../../main/formats/export/bibtex";
import { parseBibtex } from "../../../../main/formats/import/bibtex";
import { readFastEntries } from "../../../../main/formats/import/bibtex-fast-path";
import { entryFields, protectAngles, READ_FIELDS } from "../../../../main/formats/import/bibtex-fields";
import { guardEntries } from "../../../../main/formats/import/bibtex-guard";
import { scanEntries } from "../../../../main/formats/import/bibtex-scan";
import { normalizeText } from "../../../../main/formats/import/text";
import { items } from "../arbitraries";
import { fixture, fixtureNames } from "../fixtures";

/** FOLIO_FUZZ_RUNS=20000 for a long hunt. */
const FUZZ_RUNS = Number(process.env.FOLIO_FUZZ_RUNS ?? 800);

function expectSameAsFullParse(text: string): void {
  expect(parseBibtex(text)).toEqual(parseBibtex(text, { fastPath: false }));
}

/** How many entries of `text` the fast path reads itself. */
function fastCount(text: string): number {
  const guarded = guardEntries(protectAngles(normalizeText(text)));
  return readFastEntries(guarded.text, scanEntries(guarded.text, guarded.entries)).entries.length;
}

describe("BibTeX fast path", () => {
  it.each(fixtureNames().filter((name) => name.endsWith(".bib")))("reads %s as the full parse does", (name) => {
    expectSameAsFullParse(fixture(name));
  });

  it("is taken for most entries of real files, and not for crossref families or @string users", () => {
    expect(fastCount(fixture("dendron-refs-scholar-zotero-bbt.bib"))).toBe(3);
    expect(fastCount(fixture("bibtex-parser-citation-js.bib"))).toBeGreaterThan(10);
    // 360 papers, a third with math in the abstract; the few that stay slow have warnings or \\ breaks.
    expect(fastCount(fixture("mlresearch-v89-aistats2019.bib"))).toBeGreaterThan(340);
    // Every entry here is a crossref parent or child.
    expect(fastCount(fixture("bbt-crossref-2373.bib"))).toBe(0);
    // It uses an @string macro for its journal.
    expect(fastCount(fixture("bbt-string-154.bib"))).toBe(0);
  });

  it("reads Folio's own BibTeX export as the full parse does, and takes the fast path for all of it (property)", {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(items(8), (list) => {
        const text = toBibtex(list);
        expectSameAsFullParse(text);
        expect(fastCount(text)).toBe(list.length);
      }),
      { numRuns: FUZZ_RUNS / 4 },
    );
  });

  it("reads generated entries full of LaTeX edge cases as the full parse does (property)", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        expectSameAsFullParse(entries.join("\n\n"));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("entryFields reads no field outside READ_FIELDS (the fast path decodes only those)", () => {
    const read = new Set<string>();
    const spy = new Proxy({} as Record<string, never>, {
      get: (_target, name) => {
        if (typeof name === "string") read.add(name);
        return undefined;
      },
    });
    entryFields(
      { type: "article", key: "k", fields: spy, mode: {}, input: "" },
      {
        type: "book",
        key: "p",
        fields: spy,
        mode: {},
        input: "",
      },
    );
    expect([...read].filter((name) => !READ_FIELDS.has(name))).toEqual([]);
    expect(read.size).toBeGreaterThan(15);
  });
});

/** Fragments real files are made of, the troublesome ones included. */
const fragment = fc.constantFrom(
  "Attention",
  "is all you need",
  "state-of-the-art",
  "{T}ensor{F}low",
  "{{BERT}}",
  "90\\% of",
  "R\\&D",
  "a\\_b",
  "\\#1",
  "\\$5",
  "\\{set\\}",
  "1--2",
  "-",
  "\\\\",
  "{\\&}",
  "\\%\n%",
  "\\'e",
  "a---b",
  "x----y",
  "Fig.~1",
  'M{\\"u}ller',
  "Mart{\\'\\i}n",
  "$O(n^2)$",
  "$a b$",
  "$$x + y$$",
  " $\\delta$ ",
  "\\c c",
  '\\" o',
  "\\emph {x y}",
  "{\\em a b}",
  "x^ {2}",
  "\\LaTeX\\ is",
  "\\cite [p. 5]{k}",
  "\\bf bold",
  "\\unknownmacro",
  "\\textbackslash{}",
  "\\textasciicircum{}",
  "\\textasciitilde{}x",
  "\\textbackslash{}\\%",
  "\\textasciitilde",
  "\\par",
  " \\par ",
  "\\par\\par",
  "\\parbox",
  "``quoted''",
  '"dq"',
  "it's",
  "50% gain",
  "%20",
  "a & b",
  "x_y",
  "a^b",
  "#",
  "\\emph{new}",
  "\\textbackslash",
  "\n",
  "\n\n",
  "\t",
  "  ",
  "\u00a0",
  ",",
  ";",
  " and ",
  "van der",
  "others",
  "{World Health Organization}",
  "{Barnes and Noble}",
  "family=Smith",
  "Jr",
  "{}",
  "-{}-",
  "{",
  "}",
  "{a\n\nb}",
  "<i>x</i>",
  "2020",
  "arXiv:2101.00001",
  "https://example.org/a_b?c=d&e",
);
const value = fc.array(fragment, { minLength: 0, maxLength: 8 }).map((parts) => parts.join(""));
const fieldName = fc.constantFrom(
  "title",
  "author",
  "editor",
  "abstract",
  "note",
  "annote",
  "annotation",
  "keywords",
  "url",
  "doi",
  "eprint",
  "year",
  "date",
  "journal",
  "booktitle",
  "subtitle",
  "pages",
  "publisher",
  "file",
  "howpublished",
);
const delimited = fc
  .tuple(value, fc.constantFrom("braced", "quoted"))
  .filter(([v, kind]) => balanced(v) && (kind === "braced" || !v.includes('"')))
  .map(([v, kind]) => (kind === "braced" ? `{${v}}` : `"${v}"`));
const fieldValue = fc.oneof(
  { weight: 8, arbitrary: delimited },
  { weight: 1, arbitrary: fc.constantFrom("2020", "jan", "dec", "undefinedmacro") },
  { weight: 1, arbitrary: fc.tuple(delimited, delimited).map(([a, b]) => `${a} # ${b}`) },
);
const entry = fc
  .tuple(
    fc.constantFrom("article", "Article", "inproceedings", "misc"),
    fc.constantFrom("key1", "key2", "Key-3", "k:4"),
    fc.uniqueArray(fc.tuple(fieldName, fieldValue), { minLength: 1, maxLength: 7, selector: ([name]) => name }),
  )
  .map(([type, key, fields]) => `@${type}{${key},\n${fields.map(([n, v]) => `  ${n} = ${v}`).join(",\n")}\n}`);

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth < 0) return false;
  }
  return depth === 0;
}
