/**
 * The search box's text (as typed, and settled after a pause: the list queries the settled text) and
 * the list's sort, which follows the search (lib/search-sort.ts): relevance while searching, the
 * previous sort back when the words are cleared.
 */
import { useCallback, useEffect, useState } from "react";
import { DEFAULT_QUERY, type SortSpec } from "../lib/list-query";
import { chooseSort, isSearching, type SortMemory, searchEnded, shownSort } from "../lib/search-sort";

export interface SearchState {
  /** The text as typed. */
  input: string;
  setInput(text: string): void;
  /** The text the list shows results for (`input` once typing paused). */
  text: string;
  sort: SortSpec;
  setSort(sort: SortSpec): void;
  /** Show this text and sort at once (a smart list), without waiting for the pause. */
  apply(text: string, sort: SortSpec): void;
}

export function useSearch(debounceMs: number): SearchState {
  const [input, setInput] = useState(DEFAULT_QUERY.text);
  const [text, setText] = useState(input);
  const [memory, setMemory] = useState<SortMemory>({ plain: DEFAULT_QUERY.sort, searching: undefined });
  const searching = isSearching(text);

  useEffect(() => {
    if (input === text) return;
    const timer = window.setTimeout(() => setText(input), debounceMs);
    return () => window.clearTimeout(timer);
  }, [input, text, debounceMs]);

  // The words were cleared: forget the sort picked during that search (React's "adjust state on a
  // change" pattern: set during render, before anything is shown with the stale value).
  const [wasSearching, setWasSearching] = useState(searching);
  if (wasSearching !== searching) {
    setWasSearching(searching);
    if (!searching) setMemory(searchEnded);
  }

  const setSort = useCallback((sort: SortSpec) => setMemory((m) => chooseSort(m, searching, sort)), [searching]);

  const apply = useCallback((next: string, sort: SortSpec) => {
    const willSearch = isSearching(next);
    setInput(next);
    setText(next);
    setWasSearching(willSearch);
    setMemory((m) => chooseSort(searchEnded(m), willSearch, sort));
  }, []);

  return { input, setInput, text, sort: shownSort(memory, searching), setSort, apply };
}
