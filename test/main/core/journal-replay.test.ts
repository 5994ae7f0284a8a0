/**
 * Replaying library.journal: a line Folio could not have written (a sequence number out of range, an
 * unknown collection, a record failing its schema) is told and skipped, never folded into the snapshot;
 * whatever the journal holds, the library.json written afterwards passes Folio's own schema and reopens
 * without a recovery notice.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyLibrary, libraryFileSchema } from "../../../main/core/schema/files";
import { LibraryStore } from "../../../main/core/store/library-store";
import { PRIORITIES, STATUSES } from "../../../shared/model/user-state";
import { makeTempDir, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

type Collection = "papers" | "tags" | "corpus" | "smartLists" | "settings";
interface Change {
  k: Collection;
  id: string;
  v: unknown;
}
/** One journal line, and whether Folio could have written it (so replay must apply it). */
interface Line {
  text: string;
  valid?: { s: number; changes: Change[] };
}

const weirdId = fc.oneof(
  fc.constantFrom(
    "",
    "a",
    "__proto__",
    "toString",
    "constructor",
    "hasOwnProperty",
    "valueOf",
    "a b\n",
    "ü",
    "💥",
    "x".repeat(300),
  ),
  fc.string(),
);
const iso = fc.constant("2026-01-02T03:04:05.000Z");

const record: Record<Collection, fc.Arbitrary<unknown>> = {
  papers: fc.record(
    {
      status: fc.constantFrom(...STATUSES),
      priority: fc.constantFrom(...PRIORITIES),
      starred: fc.boolean(),
      tags: fc.array(fc.string(), { maxLength: 3 }),
      note: fc.string(),
      highlights: fc.constant([]),
      updatedAt: iso,
    },
    { requiredKeys: ["status", "priority", "starred", "tags", "note", "highlights"] },
  ),
  tags: fc.record({ color: fc.string() }, { requiredKeys: [] }),
  corpus: fc.oneof(
    fc.constant({ deleted: true }),
    fc.record({
      paper: fc.record({
        id: fc.string({ minLength: 1 }),
        title: fc.string(),
        abstract: fc.string(),
        links: fc.constant([]),
        authors: fc.array(fc.string(), { maxLength: 2 }),
        source: fc.constant("hand"),
        addedAt: iso,
      }),
    }),
  ),
  smartLists: fc.record({
    name: fc.string(),
    query: fc.constant({ text: "", tags: [], tagMode: "any", sort: { key: "title", dir: "asc" } }),
    createdAt: iso,
  }),
  settings: fc.record({ theme: fc.constantFrom("system", "light", "dark") }),
};

const change: fc.Arbitrary<Change> = fc
  .constantFrom<Collection>("papers", "tags", "corpus", "smartLists", "settings")
  .chain((k) =>
    fc.record({ k: fc.constant(k), id: weirdId, v: fc.oneof({ weight: 4, arbitrary: record[k] }, fc.constant(null)) }),
  );

const seq = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 30 }) }, fc.constant(2 ** 40));

const validLine: fc.Arbitrary<Line> = fc.oneof(
  fc.tuple(seq, change).map(([s, c]) => ({ text: JSON.stringify({ s, ...c }), valid: { s, changes: [c] } })),
  fc
    .tuple(seq, fc.array(change, { maxLength: 4 }))
    .map(([s, changes]) => ({ text: JSON.stringify({ s, k: "batch", id: "", v: changes }), valid: { s, changes } })),
);

const badSeq = fc.constantFrom<unknown>(-1, 1.5, 2 ** 53, 1e300, "3", null, Number.MAX_SAFE_INTEGER + 2);
const hostileLine: fc.Arbitrary<Line> = fc.oneof(
  fc.tuple(badSeq, change).map(([s, c]) => ({ text: JSON.stringify({ s, ...c }) })),
  fc
    .tuple(seq, fc.constantFrom("nope", "__proto__", "toString", "journalSeq", "schemaVersion", ""), weirdId)
    .map(([s, k, id]) => ({ text: JSON.stringify({ s, k, id, v: null }) })),
  fc
    .tuple(seq, fc.constantFrom<Collection>("papers", "tags", "corpus", "smartLists", "settings"), weirdId)
    .chain(([s, k, id]) =>
      fc
        .constantFrom<unknown>(5, "x", [], true, { status: "done" }, { paper: {} }, { theme: "neon" }, { color: 7 })
        .filter((v) => !(k === "tags" && typeof v === "object" && v !== null && !Array.isArray(v) && !("color" in v)))
        .map((v) => ({ text: JSON.stringify({ s, k, id, v }) })),
    ),
  fc
    .tuple(seq, change)
    .map(([s, c]) => ({ text: JSON.stringify({ s, k: "batch", id: "", v: [c, { k: "papers", id: "x", v: 5 }] }) })),
  fc.constantFrom("42", "null", "[]", '"entry"', "{}", '{"s":1}', "{oops").map((text) => ({ text })),
);

/** What replay must produce: the valid lines after the snapshot, in sequence order, applied in turn. */
function expected(lines: Line[], journalSeq: number) {
  const maps = new Map<Collection, Map<string, unknown>>();
  let last = journalSeq;
  const valid = lines.flatMap((l) => (l.valid && l.valid.s > journalSeq ? [l.valid] : []));
  for (const { s, changes } of valid.sort((a, b) => a.s - b.s)) {
    last = Math.max(last, s);
    for (const c of changes) {
      const map = maps.get(c.k) ?? new Map<string, unknown>();
      maps.set(c.k, map);
      if (c.v === null) map.delete(c.id);
      else map.set(c.id, c.v);
    }
  }
  const data = (k: Collection) => Object.fromEntries(maps.get(k) ?? []);
  return { journalSeq: last, data };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Lines a replay must tell about: every bad one except a torn (not JSON) last line. */
function expectedProblems(lines: Line[]): number {
  return lines.filter((l, i) => !l.valid && (isJson(l.text) || i < lines.length - 1)).length;
}

const COLLECTIONS: Collection[] = ["papers", "tags", "corpus", "smartLists", "settings"];

describe("replaying a journal", () => {
  it("whatever it holds, the library.json written passes its schema, holds exactly the valid entries and reopens cleanly", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.oneof({ weight: 2, arbitrary: validLine }, hostileLine), { maxLength: 12 }),
        async (journalSeq, lines) => {
          const data = join(dir, String(run++));
          await mkdir(data);
          await writeFile(join(data, "library.json"), JSON.stringify({ ...emptyLibrary(), journalSeq }));
          const journal = lines.map((l) => `${l.text}\n`).join("");
          await writeFile(join(data, "library.journal"), journal);

          const store = await LibraryStore.open(data);
          await store.close();

          const written = JSON.parse(await readFile(join(data, "library.json"), "utf8"));
          const parsed = libraryFileSchema.safeParse(written);
          expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
          const want = expected(lines, journalSeq);
          expect(written.journalSeq).toBe(want.journalSeq);
          for (const k of COLLECTIONS) expect(written[k]).toEqual(want.data(k));
          const problems = expectedProblems(lines);
          expect(store.notices).toHaveLength(problems === 0 ? 0 : problems + 1);
          const aside = (await readdir(data)).filter((f) => f.startsWith("library.journal.corrupt-"));
          expect(aside).toHaveLength(problems === 0 ? 0 : 1);
          if (aside[0]) expect(await readFile(join(data, aside[0]), "utf8")).toBe(journal);

          const again = await LibraryStore.open(data);
          expect(again.notices).toEqual([]);
          await again.close();
        },
      ),
      { numRuns: 80 },
    );
  }, 20_000);
});

describe("a journal line Folio could not have written", () => {
  async function replay(lines: unknown[]) {
    await writeFile(join(dir, "library.journal"), lines.map((l) => `${JSON.stringify(l)}\n`).join(""));
    const store = await LibraryStore.open(dir);
    const notices = store.notices;
    await store.close();
    const written = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    const again = await LibraryStore.open(dir);
    const reopened = again.notices;
    await again.close();
    return { notices, written, reopened };
  }
  const state = { status: "read", priority: "none", starred: false, tags: [], note: "kept", highlights: [] };

  it("a huge sequence number is skipped and told; the snapshot keeps a valid journalSeq", async () => {
    const { notices, written, reopened } = await replay([
      { s: 1, k: "papers", id: "a", v: state },
      { s: 2 ** 53, k: "papers", id: "b", v: state },
    ]);
    expect(notices[0]).toMatch(/^line 2 of the journal was skipped \(s: .*\)$/);
    expect(notices[1]).toMatch(/^The journal, skipped lines included, was copied to .*library\.journal\.corrupt-.*\.$/);
    expect(libraryFileSchema.safeParse(written).success).toBe(true);
    expect(written.journalSeq).toBe(1);
    expect(Object.keys(written.papers)).toEqual(["a"]);
    expect(reopened).toEqual([]);
  });

  it("an unknown collection or a record failing its schema is skipped and told, the rest replayed", async () => {
    const { notices, written, reopened } = await replay([
      { s: 1, k: "papers", id: "a", v: state },
      { s: 2, k: "nope", id: "x", v: {} },
      { s: 3, k: "papers", id: "b", v: 5 },
      {
        s: 4,
        k: "batch",
        id: "",
        v: [
          { k: "tags", id: "t", v: {} },
          { k: "papers", id: "c", v: { status: "done" } },
        ],
      },
      { s: 5, k: "tags", id: "ok", v: { color: "teal" } },
    ]);
    expect(notices.slice(0, 3).map((n) => /^line (\d) of the journal was skipped/.exec(n)?.[1])).toEqual([
      "2",
      "3",
      "4",
    ]);
    expect(libraryFileSchema.safeParse(written).success).toBe(true);
    expect(written.papers).toEqual({ a: state });
    expect(written.tags).toEqual({ ok: { color: "teal" } });
    expect(written.journalSeq).toBe(5);
    expect(reopened).toEqual([]);
  });
});
