/**
 * The search the list shows, parsed once, for the views that mark its matches (the detail pane's title,
 * abstract and note). Outside a provider nothing is marked.
 */
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { hasText, type ParsedQuery, parseQuery } from "../../shared/search/query-syntax";
import { type HitRange, hitRanges } from "../lib/search-highlight";

const SearchQueryContext = createContext<ParsedQuery | undefined>(undefined);

export function SearchHighlightProvider({ text, children }: { text: string; children: ReactNode }) {
  // Trimmed like the text the list queries with, so the last word matches as a prefix the same way.
  const parsed = useMemo(() => {
    const q = parseQuery(text.trim());
    return hasText(q) ? q : undefined;
  }, [text]);
  return <SearchQueryContext.Provider value={parsed}>{children}</SearchQueryContext.Provider>;
}

/** The current search's words and phrases, or undefined when it has none. */
export function useSearchQuery(): ParsedQuery | undefined {
  return useContext(SearchQueryContext);
}

/** Where the current search matches `text`. */
export function useSearchRanges(text: string): readonly HitRange[] {
  const q = useSearchQuery();
  return useMemo(() => hitRanges(text, q), [text, q]);
}
