/**
 * Folio's window: sidebar (filters), paper list, paper detail. Holds the little state the panes share
 * (filters, sort, selection); data comes from hooks over the `folio` bridge.
 */
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReadStatus } from "../shared/model/user-state";
import { ListPane } from "./components/ListPane";
import { Notices } from "./components/Notices";
import { PaperDetail } from "./components/PaperDetail";
import { Sidebar } from "./components/Sidebar";
import { ownsKeys } from "./lib/keys";
import { DEFAULT_QUERY, isFiltered, type ListQuery, type SortSpec } from "./lib/list-query";
import { LibraryProvider } from "./state/library";
import { NoticesProvider, useNotices } from "./state/notices";
import { useActions } from "./state/useActions";
import { useDebouncedValue } from "./state/useDebouncedValue";
import { useNoteAutosave } from "./state/useNoteAutosave";
import { usePaper } from "./state/usePaper";
import { useQuery } from "./state/useQuery";
import { useStats } from "./state/useStats";

const SEARCH_DEBOUNCE_MS = 120;

export function App() {
  return (
    <NoticesProvider>
      <LibraryProvider>
        <Folio />
      </LibraryProvider>
    </NoticesProvider>
  );
}

function Folio() {
  const [searchText, setSearchText] = useState(DEFAULT_QUERY.text);
  const text = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  const [status, setStatus] = useState<ReadStatus | undefined>(DEFAULT_QUERY.status);
  const [tags, setTags] = useState<string[]>(DEFAULT_QUERY.tags);
  const [sort, setSort] = useState<SortSpec>(DEFAULT_QUERY.sort);
  const query = useMemo<ListQuery>(() => ({ text, status, tags, sort }), [text, status, tags, sort]);
  const [selectedId, setSelectedId] = useState<string>();

  const { notify, reportError } = useNotices();
  const stats = useStats();
  const rows = useQuery(query);
  const paper = usePaper(selectedId);
  const actions = useActions();
  const saver = useNoteAutosave();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Switching papers saves the previous paper's pending note before anything else.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of selection
  useEffect(() => {
    void saver.flush();
  }, [saver, selectedId]);

  useGlobalHandlers(searchRef, reportError);

  const clearFilters = useCallback(() => {
    setSearchText("");
    setStatus(undefined);
    setTags([]);
  }, []);

  return (
    <div className="app">
      <Sidebar
        stats={stats}
        status={status}
        tags={tags}
        onStatus={setStatus}
        onAll={() => {
          setStatus(undefined);
          setTags([]);
        }}
        onTag={(tag) =>
          setTags((current) => (current.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase()) ? [] : [tag]))
        }
      />
      <main className="main">
        <ListPane
          rows={rows}
          searchText={searchText}
          onSearchText={setSearchText}
          sort={sort}
          onSort={setSort}
          filtered={isFiltered({ ...query, text: searchText })}
          onClearFilters={clearFilters}
          selectedId={selectedId}
          onSelect={setSelectedId}
          searchRef={searchRef}
          listRef={listRef}
        />
        <PaperDetail
          selectedId={selectedId}
          view={paper}
          allTags={stats?.tags ?? []}
          actions={actions}
          saver={saver}
          onInvalid={(message) => notify("warning", message)}
        />
      </main>
      <Notices />
    </div>
  );
}

/** "/" focuses the search box; a promise rejected anywhere shows as a banner instead of vanishing. */
function useGlobalHandlers(
  searchRef: RefObject<HTMLInputElement | null>,
  reportError: (err: unknown, what?: string) => void,
) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target instanceof HTMLElement ? e.target : undefined;
      if (t && ownsKeys({ tagName: t.tagName, isContentEditable: t.isContentEditable, role: t.getAttribute("role") })) {
        return;
      }
      e.preventDefault();
      searchRef.current?.focus();
    };
    const onRejection = (e: PromiseRejectionEvent) => reportError(e.reason, "Something failed");
    document.addEventListener("keydown", onKeyDown);
    window.addEventListener("unhandledrejection", onRejection);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("unhandledrejection", onRejection);
    };
  }, [searchRef, reportError]);
}
