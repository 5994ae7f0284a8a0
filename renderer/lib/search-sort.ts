/**
 * The list's sort with a search: relevance while there are words to search for (unless the user picks
 * another sort during that search); the sort chosen before comes back once the words are cleared.
 * Pure: the state lives in useSearchSort.
 */
import { hasText, parseQuery } from "../../shared/search/query-syntax";
import type { SortSpec } from "./list-query";

export const RELEVANCE: SortSpec = { key: "relevance", dir: "desc" };

export interface SortMemory {
  /** The sort without search words. */
  plain: SortSpec;
  /** The sort picked during the current search, if any (else relevance). */
  searching: SortSpec | undefined;
}

/** True when the text has words or phrases to rank by (filters like `tag:x` alone do not). */
export function isSearching(text: string): boolean {
  return hasText(parseQuery(text.trim()));
}

export function shownSort(m: SortMemory, searching: boolean): SortSpec {
  return searching ? (m.searching ?? RELEVANCE) : m.plain;
}

/** The sort after picking another key: relevance best first; from relevance, another key starts ascending. */
export function withKey(sort: SortSpec, key: SortSpec["key"]): SortSpec {
  if (key === "relevance") return RELEVANCE;
  return { key, dir: sort.key === "relevance" ? "asc" : sort.dir };
}

/** The user picked `sort` (or a smart list brought it). */
export function chooseSort(m: SortMemory, searching: boolean, sort: SortSpec): SortMemory {
  if (searching) return { ...m, searching: sort };
  // Without words there is nothing to rank by: the plain sort stays.
  if (sort.key === "relevance") return searchEnded(m);
  return { plain: sort, searching: undefined };
}

/** The search words were cleared: the next search starts by relevance again. */
export function searchEnded(m: SortMemory): SortMemory {
  return m.searching === undefined ? m : { ...m, searching: undefined };
}
