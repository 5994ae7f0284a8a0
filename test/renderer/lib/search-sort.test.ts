import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, type SortSpec } from "../../../renderer/lib/list-query";
import {
  chooseSort,
  isSearching,
  RELEVANCE,
  type SortMemory,
  searchEnded,
  shownSort,
  withKey,
} from "../../../renderer/lib/search-sort";

const TITLE: SortSpec = { key: "title", dir: "asc" };
const PRIORITY: SortSpec = { key: "priority", dir: "desc" };

describe("the sort with a search", () => {
  it("searches by words and phrases, not by filters alone", () => {
    expect(isSearching("soups")).toBe(true);
    expect(isSearching('"model soups"')).toBe(true);
    expect(isSearching("tag:ml status:read -survey")).toBe(false);
    expect(isSearching("   ")).toBe(false);
  });

  it("ranks by relevance while searching, then gives the previous sort back", () => {
    let m: SortMemory = { plain: DEFAULT_QUERY.sort, searching: undefined };
    m = chooseSort(m, false, TITLE);
    expect(shownSort(m, false)).toEqual(TITLE);
    // Typing words: relevance first.
    expect(shownSort(m, true)).toEqual(RELEVANCE);
    // Another sort picked during the search holds for that search...
    m = chooseSort(m, true, PRIORITY);
    expect(shownSort(m, true)).toEqual(PRIORITY);
    // ...and clearing the words brings back the sort from before.
    m = searchEnded(m);
    expect(shownSort(m, false)).toEqual(TITLE);
    // The next search starts by relevance again.
    expect(shownSort(m, true)).toEqual(RELEVANCE);
  });

  it("keeps the plain sort when relevance is asked for without words", () => {
    const m: SortMemory = { plain: TITLE, searching: undefined };
    expect(shownSort(chooseSort(m, false, RELEVANCE), false)).toEqual(TITLE);
  });

  it("starts relevance best first, and another key ascending when coming from relevance", () => {
    expect(withKey(TITLE, "relevance")).toEqual(RELEVANCE);
    expect(withKey(RELEVANCE, "title")).toEqual({ key: "title", dir: "asc" });
    expect(withKey(PRIORITY, "status")).toEqual({ key: "status", dir: "desc" });
  });
});
