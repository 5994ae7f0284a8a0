import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanTag,
  type ExistingEntry,
  type ImportPlan,
  indexPapers,
  mergeNotes,
  NOTE_SEPARATOR,
  planImport,
} from "../../../main/core/import-plan";
import { toPaper } from "../../../main/core/papers";
import type { Paper, ParsedPaper } from "../../../shared/model/paper";
import { DEFAULT_PAPER_STATE, type PaperState } from "../../../shared/model/user-state";

const AT = "2025-01-01T00:00:00.000Z";

function parsed(over: Partial<ParsedPaper>): ParsedPaper {
  return { title: "A Paper", abstract: "", links: [], authors: [], ...over };
}

function existing(over: Partial<ParsedPaper>, state: Partial<PaperState> = {}): ExistingEntry {
  return { paper: toPaper(parsed(over), "seed:x", AT), state: { ...DEFAULT_PAPER_STATE, ...state } };
}

const ON = { keywordsAsTags: true };
const OFF = { keywordsAsTags: false };

/** What the library will do with a plan, in memory: add papers at the end, apply merges in place. */
function applyPlan(library: ExistingEntry[], plan: ImportPlan): ExistingEntry[] {
  const out = library.map((e) => ({ paper: { ...e.paper }, state: { ...e.state, tags: [...e.state.tags] } }));
  for (const merge of plan.merged) {
    const entry = out.find((e) => e.paper.id === merge.id);
    if (!entry) throw new Error(`merge into unknown ${merge.id}`);
    entry.paper = { ...entry.paper, ...merge.fill };
    entry.state.tags.push(...merge.addTags);
    if (merge.appendNote !== undefined) entry.state.note = mergeNotes(entry.state.note, merge.appendNote);
  }
  for (const add of plan.added) {
    const paper: Paper = toPaper(add.paper, "import:test", AT);
    if (out.some((e) => e.paper.id === paper.id)) throw new Error(`id collision ${paper.id}`);
    out.push({ paper, state: { ...DEFAULT_PAPER_STATE, tags: add.tags, note: add.note } });
  }
  return out;
}

describe("planImport", () => {
  it("adds new papers with their keywords as tags and their note", () => {
    const plan = planImport(
      indexPapers([]),
      [parsed({ title: "New", keywords: ["ML", "ml", " vision "], note: " n " })],
      ON,
    );
    expect(plan).toEqual({
      added: [
        {
          paper: parsed({ title: "New", keywords: ["ML", "ml", " vision "], note: " n " }),
          tags: ["ML", "vision"],
          note: "n",
        },
      ],
      merged: [],
      skipped: [],
    });
    expect(planImport(indexPapers([]), [parsed({ keywords: ["ML"] })], OFF).added[0]?.tags).toEqual([]);
  });

  it("skips entries without a title, with the reason", () => {
    const plan = planImport(indexPapers([]), [parsed({ title: "  " }), parsed({ title: "Kept" })], ON);
    expect(plan.skipped).toEqual([{ index: 0, title: "", reason: "No title" }]);
    expect(plan.added.map((a) => a.paper.title)).toEqual(["Kept"]);
  });

  it.each([
    [
      "DOI (any case, any resolver prefix)",
      { doi: "10.1/ABC" },
      { title: "Other title", doi: "https://doi.org/10.1/abc" },
    ],
    ["arXiv id (versions ignored)", { arxivId: "2301.01234" }, { title: "Other title", arxivId: "2301.01234v2" }],
    ["normalized title", { title: "Model Soups: Averaging Weights" }, { title: "model soups — averaging  weights!" }],
  ])("matches an existing paper by %s and only fills its gaps", (_label, have, incoming) => {
    const old = existing({ title: "Old", venue: "Kept venue", ...have });
    const plan = planImport(
      indexPapers([old]),
      [parsed({ venue: "Other venue", year: 2020, authors: ["New Author"], abstract: "New abstract", ...incoming })],
      ON,
    );
    expect(plan.added).toEqual([]);
    expect(plan.merged).toEqual([
      { id: old.paper.id, fill: { year: 2020, authors: ["New Author"], abstract: "New abstract" }, addTags: [] },
    ]);
  });

  it("never replaces what the user wrote: a different note is appended, the same note is not", () => {
    const old = existing({ doi: "10.1/x" }, { note: "My own words", tags: ["ML"] });
    const plan = planImport(
      indexPapers([old]),
      [parsed({ doi: "10.1/x", note: "From the file", keywords: ["ml", "new"] })],
      ON,
    );
    expect(plan.merged).toEqual([{ id: old.paper.id, fill: {}, addTags: ["new"], appendNote: "From the file" }]);
    expect(mergeNotes("My own words", "From the file")).toBe(`My own words${NOTE_SEPARATOR}From the file`);
    expect(mergeNotes("", "From the file")).toBe("From the file");
    expect(mergeNotes("Has From the file inside", "From the file")).toBe("Has From the file inside");

    const again = planImport(indexPapers([old]), [parsed({ doi: "10.1/x", note: "My own words" })], ON);
    expect(again.merged).toEqual([]);
    expect(again.skipped).toEqual([
      { index: 0, title: "A Paper", reason: `Already in the library (${old.paper.id}); nothing new` },
    ]);
  });

  it("does not merge same-titled papers whose DOIs or arXiv ids disagree", () => {
    const old = existing({ title: "Introduction", doi: "10.1/one" });
    const plan = planImport(
      indexPapers([old]),
      [parsed({ title: "Introduction", doi: "10.1/two" }), parsed({ title: "Introduction" })],
      ON,
    );
    expect(plan.added.map((a) => a.paper.doi)).toEqual(["10.1/two"]);
    expect(plan.skipped).toEqual([
      { index: 1, title: "Introduction", reason: `Already in the library (${old.paper.id}); nothing new` },
    ]);
  });

  it("dedupes within the file: later duplicates fill gaps and add tags and notes to the first", () => {
    const file = [
      parsed({ title: "Same", keywords: ["a"], note: "first" }),
      parsed({ title: "SAME!", doi: "10.1/s", keywords: ["b"], note: "second" }),
      parsed({ title: "Different", arxivId: "2301.00001v1" }),
      parsed({ title: "Renamed", arxivId: "2301.00001v3", year: 2023 }),
      parsed({ title: "Other", doi: "10.1/S", note: "first" }),
    ];
    const before = structuredClone(file);
    const plan = planImport(indexPapers([]), file, ON);
    // The parsed entries stay as they were: a commit may plan them again.
    expect(file).toEqual(before);
    expect(plan.added).toEqual([
      {
        paper: parsed({ title: "Same", keywords: ["a"], note: "first", doi: "10.1/s" }),
        tags: ["a", "b"],
        note: `first${NOTE_SEPARATOR}second`,
      },
      { paper: parsed({ title: "Different", arxivId: "2301.00001v1", year: 2023 }), tags: [], note: "" },
    ]);
    expect(plan.skipped.map((s) => [s.index, s.reason])).toEqual([
      [1, "Duplicate of entry 1 in this file; merged into it"],
      [3, "Duplicate of entry 3 in this file; merged into it"],
      [4, "Duplicate of entry 1 in this file; merged into it"],
    ]);
  });

  it("combines several entries that match the same existing paper into one merge", () => {
    const old = existing({ title: "Paper", arxivId: "2301.00002" }, { tags: [] });
    const plan = planImport(
      indexPapers([old]),
      [
        parsed({ title: "Paper", keywords: ["x"], note: "one" }),
        parsed({ arxivId: "2301.00002v2", keywords: ["y"], note: "two" }),
      ],
      ON,
    );
    expect(plan.merged).toEqual([
      { id: old.paper.id, fill: {}, addTags: ["x", "y"], appendNote: `one${NOTE_SEPARATOR}two` },
    ]);
  });

  it("cleans keywords into valid tags", () => {
    const old = existing({ title: "Exact" });
    const long = "k".repeat(150);
    const plan = planImport(
      indexPapers([old]),
      [parsed({ title: "Exact", keywords: [`a\u0007b`, long, "", "  "] })],
      ON,
    );
    expect(plan.merged).toEqual([{ id: old.paper.id, fill: {}, addTags: ["a b", "k".repeat(100)] }]);
  });
});

/** Papers drawn from small pools so that DOIs, arXiv ids and titles collide often. */
const TITLES = ["Attention", "attention!", "Model Soups", "Soups: Model", "Deep Learning", "Introduction"];
const incoming: fc.Arbitrary<ParsedPaper> = fc
  .record(
    {
      title: fc.constantFrom(...TITLES, "", "  "),
      abstract: fc.constantFrom("", "abs one", "abs two"),
      authors: fc.constantFrom<string[]>([], ["A"], ["B", "C"]),
      year: fc.constantFrom(2019, 2020),
      venue: fc.constantFrom("V1", "V2"),
      doi: fc.constantFrom("10.1/a", "10.1/A", "https://doi.org/10.1/b", "10.1/c"),
      arxivId: fc.constantFrom("2301.00001", "2301.00001v2", "2302.00002"),
      note: fc.constantFrom("", "note one", "note two", "note one\n\nmore"),
      keywords: fc.array(fc.constantFrom("ml", "ML", "vision", "x".repeat(120), "a\tb"), { maxLength: 3 }),
    },
    { requiredKeys: ["title", "abstract", "authors"] },
  )
  .map((p) => ({ ...p, links: [] }));

const library = fc
  .array(
    fc.tuple(incoming, fc.constantFrom("", "my note"), fc.array(fc.constantFrom("ml", "mine"), { maxLength: 2 })),
    {
      maxLength: 5,
    },
  )
  .map((rows) => {
    const out: ExistingEntry[] = [];
    for (const [p, note, tags] of rows) {
      if (p.title.trim() === "") continue;
      const paper = toPaper(p, "seed:x", AT);
      if (out.some((e) => e.paper.id === paper.id)) continue;
      out.push({ paper, state: { ...DEFAULT_PAPER_STATE, note, tags: [...new Set(tags)] } });
    }
    return out;
  });

describe("planImport properties", () => {
  it("planning the same file again after applying the plan adds nothing and changes nothing", () => {
    fc.assert(
      fc.property(library, fc.array(incoming, { maxLength: 8 }), fc.boolean(), (lib, file, keywordsAsTags) => {
        const unplanned = structuredClone(file);
        const first = planImport(indexPapers(lib), file, { keywordsAsTags });
        expect(file).toEqual(unplanned);
        const after = applyPlan(lib, first);
        const second = planImport(indexPapers(after), file, { keywordsAsTags });
        expect(second.added).toEqual([]);
        expect(second.merged).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("loses nothing: existing fields, tags and notes survive; new ids never collide", () => {
    fc.assert(
      fc.property(library, fc.array(incoming, { maxLength: 8 }), (lib, file) => {
        const plan = planImport(indexPapers(lib), file, ON);
        const after = applyPlan(lib, plan);
        for (const before of lib) {
          const now = after.find((e) => e.paper.id === before.paper.id);
          expect(now).toBeDefined();
          for (const [field, value] of Object.entries(before.paper)) {
            if (value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)) {
              expect(now?.paper[field as keyof Paper]).toEqual(value);
            }
          }
          expect(now?.state.note.startsWith(before.state.note)).toBe(true);
          for (const tag of before.state.tags) expect(now?.state.tags).toContain(tag);
        }
        for (const m of plan.merged) {
          const target = lib.find((e) => e.paper.id === m.id);
          for (const field of Object.keys(m.fill)) {
            const value = target?.paper[field as keyof Paper];
            expect(value === undefined || value === "" || (Array.isArray(value) && value.length === 0)).toBe(true);
          }
        }
        const ids = after.map((e) => e.paper.id);
        expect(new Set(ids).size).toBe(ids.length);
        const untitled = file.flatMap((p, i) => (p.title.trim() === "" ? [i] : []));
        expect(plan.skipped.filter((s) => s.reason === "No title").map((s) => s.index)).toEqual(untitled);
      }),
      { numRuns: 300 },
    );
  });
});

describe("cleanTag", () => {
  /** The rule, without the shortcut for keywords that are already clean. */
  const byTheRule = (keyword: string) => {
    const tag = keyword
      .replace(/\p{Cc}/gu, " ")
      .replace(/\s+/g, " ")
      .trim();
    return [...tag].slice(0, 100).join("").trim();
  };

  it("gives the same tag on the clean-keyword shortcut as by the full rule (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 120 }), fc.string({ maxLength: 120 })), (k) => {
        expect(cleanTag(k)).toBe(byTheRule(k));
      }),
      { numRuns: 3000 },
    );
    expect(cleanTag(" deep\tlearning ")).toBe("deep learning");
    expect(cleanTag("method/graph-nn")).toBe("method/graph-nn");
  });
});
