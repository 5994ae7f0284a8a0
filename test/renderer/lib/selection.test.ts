import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clearSelection,
  EMPTY_SELECTION,
  fetchIds,
  isMulti,
  loadedIds,
  rangeSpan,
  retainExisting,
  type Selection,
  selectAll,
  selectOne,
  selectRange,
  targetIds,
  toggleOne,
} from "../../../renderer/lib/selection";
import { openSeeded, type SeededCore } from "../core-fixture";

const ids = (s: Selection) => [...s.ids].sort();
const rows = ["a", "b", "c", "d", "e", "f"];
const rowAt = (i: number) => (rows[i] === undefined ? undefined : { id: rows[i] as string });

describe("click and ctrl-click", () => {
  it("a click selects one row and anchors there", () => {
    const s = selectOne(2, "c");
    expect(ids(s)).toEqual(["c"]);
    expect(s).toMatchObject({ cursor: "c", anchor: 2 });
  });

  it("ctrl-click toggles rows in and out and moves the anchor", () => {
    let s = selectOne(0, "a");
    s = toggleOne(s, 3, "d");
    expect(ids(s)).toEqual(["a", "d"]);
    expect(s).toMatchObject({ cursor: "d", anchor: 3 });
    s = toggleOne(s, 0, "a");
    expect(ids(s)).toEqual(["d"]);
    expect(s.cursor).toBe("d");
    s = toggleOne(s, 3, "d");
    expect(ids(s)).toEqual([]);
    expect(s.cursor).toBeUndefined();
  });

  it("ctrl-click after Esc keeps the shown paper in the selection", () => {
    const s = toggleOne({ ids: new Set(), cursor: "b", anchor: undefined }, 4, "e");
    expect(ids(s)).toEqual(["b", "e"]);
  });
});

describe("shift ranges", () => {
  it("spans from the anchor in either direction", () => {
    const s = selectOne(3, "d");
    expect(rangeSpan(s, 5)).toEqual([3, 5]);
    expect(rangeSpan(s, 1)).toEqual([1, 3]);
    expect(rangeSpan(EMPTY_SELECTION, 4, 1)).toEqual([1, 4]);
    expect(rangeSpan(EMPTY_SELECTION, 4)).toEqual([4, 4]);
    expect(rangeSpan(EMPTY_SELECTION, 4, -1)).toEqual([4, 4]);
  });

  it("replaces the selection with the range, keeping the anchor; ctrl+shift adds to it", () => {
    let s = selectOne(1, "b");
    const [from, to] = rangeSpan(s, 4);
    s = selectRange(s, 4, "e", loadedIds(rowAt, from, to) ?? []);
    expect(ids(s)).toEqual(["b", "c", "d", "e"]);
    expect(s).toMatchObject({ cursor: "e", anchor: 1 });
    // Shift-click back above the anchor: the range flips, rows below the anchor leave.
    s = selectRange(s, 0, "a", loadedIds(rowAt, 0, 1) ?? []);
    expect(ids(s)).toEqual(["a", "b"]);
    const t = toggleOne(selectOne(5, "f"), 0, "a");
    expect(ids(selectRange(t, 2, "c", ["a", "b", "c"], true))).toEqual(["a", "b", "c", "f"]);
  });

  it("reports ranges that reach rows not loaded", () => {
    expect(loadedIds(rowAt, 4, 7)).toBeUndefined();
    expect(loadedIds(rowAt, 4, 5)).toEqual(["e", "f"]);
  });
});

describe("select all, Esc, deletes", () => {
  it("select-all keeps the cursor when it is in the filter", () => {
    const s = selectAll(selectOne(2, "c"), rows);
    expect(ids(s)).toEqual(rows);
    expect(s.cursor).toBe("c");
    expect(selectAll(selectOne(0, "zz"), rows).cursor).toBe("a");
    expect(isMulti(s)).toBe(true);
  });

  it("Esc collapses a multi-selection to the cursor, then clears it", () => {
    const s = clearSelection(selectAll(selectOne(2, "c"), rows));
    expect(ids(s)).toEqual(["c"]);
    expect(s.cursor).toBe("c");
    expect(clearSelection(s)).toBe(EMPTY_SELECTION);
  });

  it("drops deleted papers and moves the cursor to a survivor", () => {
    const s = selectAll(selectOne(2, "c"), ["b", "c", "d"]);
    const kept = retainExisting(s, (id) => id !== "c");
    expect(ids(kept)).toEqual(["b", "d"]);
    expect(kept.cursor).toBe("b");
    expect(retainExisting(s, () => true)).toBe(s);
  });

  it("acts on the selection, or on the shown paper alone", () => {
    expect(targetIds(selectAll(EMPTY_SELECTION, ["a", "b"])).sort()).toEqual(["a", "b"]);
    expect(targetIds({ ids: new Set(), cursor: "x", anchor: undefined })).toEqual(["x"]);
    expect(targetIds(EMPTY_SELECTION)).toEqual([]);
  });
});

describe("fetchIds against the real core", () => {
  let core: SeededCore;
  beforeAll(async () => {
    core = await openSeeded();
  });
  afterAll(async () => {
    await core.close();
  });

  const fetcher = (extra: { text?: string } = {}) => {
    return (offset: number, limit: number) => core.api("query", { ...extra, offset, limit });
  };

  it("collects every id of the filter in pages, in list order", async () => {
    const all = await core.api("query", { offset: 0, limit: 500 });
    expect(all.total).toBe(86);
    const got = await fetchIds(fetcher(), 0, Number.POSITIVE_INFINITY, 20);
    expect(got).toEqual(all.items.map((r) => r.id));
  });

  it("collects a middle range across page borders", async () => {
    const all = (await core.api("query", { offset: 0, limit: 500 })).items.map((r) => r.id);
    expect(await fetchIds(fetcher(), 15, 44, 20)).toEqual(all.slice(15, 45));
  });

  it("stops at the end of a short filter", async () => {
    const few = await core.api("query", { text: "transformer", offset: 0, limit: 500 });
    expect(few.total).toBeGreaterThan(0);
    const got = await fetchIds(fetcher({ text: "transformer" }), 0, Number.POSITIVE_INFINITY, 3);
    expect(got).toEqual(few.items.map((r) => r.id));
  });
});
