/**
 * Folio's window: sidebar (filters), paper list, paper detail. Holds the little state the panes share
 * (filters, sort, selection); data comes from hooks over the `folio` bridge.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SavedQuery } from "../shared/api/contract";
import { folio } from "./api/bridge";
import { ListPane } from "./components/ListPane";
import { Notices } from "./components/Notices";
import { PaperDetail } from "./components/PaperDetail";
import { ShortcutsSheet } from "./components/ShortcutsSheet";
import { Sidebar, type SidebarFilters } from "./components/Sidebar";
import { SmartLists } from "./components/SmartLists";
import { TransferButtons, TransferDialogs } from "./components/Transfer";
import { DEFAULT_QUERY, isFiltered, type ListQuery } from "./lib/list-query";
import { targetIds } from "./lib/selection";
import { isDefaultQuery, listQueryOf, savedQueryOf } from "./lib/smart-lists";
import { tagColorMap } from "./lib/tag-colors";
import { LibraryProvider } from "./state/library";
import { NoticesProvider, useNotices } from "./state/notices";
import { SearchHighlightProvider } from "./state/searchHighlight";
import { useActions } from "./state/useActions";
import { useListCommands } from "./state/useListCommands";
import { useNoteAutosave } from "./state/useNoteAutosave";
import { usePaper } from "./state/usePaper";
import { useQuery } from "./state/useQuery";
import { useSearch } from "./state/useSearch";
import { useSelection } from "./state/useSelection";
import { useStats } from "./state/useStats";
import { useTagActions } from "./state/useTagActions";
import { useTheme } from "./state/useTheme";
import { useTransfer } from "./state/useTransfer";
import { UndoProvider } from "./state/useUndo";

const SEARCH_DEBOUNCE_MS = 120;
const { text: _text, sort: _sort, ...NO_FILTERS } = DEFAULT_QUERY;

export function App() {
  return (
    <NoticesProvider>
      <LibraryProvider>
        <UndoProvider>
          <Folio />
        </UndoProvider>
      </LibraryProvider>
    </NoticesProvider>
  );
}

function Folio() {
  // The text as typed and as queried (after a pause), and the sort, which follows the search.
  const search = useSearch(SEARCH_DEBOUNCE_MS);
  const { input: searchText, setInput: setSearchText, text, sort, setSort } = search;
  const [filters, setFilters] = useState<SidebarFilters>(NO_FILTERS);
  const query = useMemo<ListQuery>(() => ({ ...filters, text, sort }), [filters, text, sort]);
  const [helpOpen, setHelpOpen] = useState(false);

  const { notify, reportError } = useNotices();
  const stats = useStats();
  const rows = useQuery(query);
  const select = useSelection(rows.cache, query);
  const selectedId = select.selection.cursor;
  const paper = usePaper(selectedId);
  const actions = useActions();
  const saver = useNoteAutosave();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useTheme(actions);
  const tagActions = useTagActions(actions, setFilters);
  const colors = useMemo(() => tagColorMap(stats?.tags), [stats]);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const bulk = useListCommands({ select, cache: rows.cache, actions, searchRef, listRef, openHelp });
  const transfer = useTransfer();

  // Switching papers saves the previous paper's pending note before anything else.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of selection
  useEffect(() => {
    void saver.flush();
  }, [saver, selectedId]);

  useGlobalHandlers(reportError, openHelp);

  const clearFilters = useCallback(() => {
    setSearchText("");
    setFilters(NO_FILTERS);
  }, [setSearchText]);

  const { apply: applySearch } = search;
  const applySmartList = useCallback(
    (saved: SavedQuery | undefined) => {
      if (!saved) return clearFilters();
      const { text: savedText, sort: savedSort, ...savedFilters } = listQueryOf(saved);
      setFilters(savedFilters);
      applySearch(savedText, savedSort);
    },
    [applySearch, clearFilters],
  );

  return (
    <div className="app">
      <Sidebar
        stats={stats}
        filters={filters}
        onFilters={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        onAll={() => setFilters(NO_FILTERS)}
        tagActions={tagActions}
        theme={theme}
        onTheme={setTheme}
        footer={<TransferButtons transfer={transfer} />}
        smartLists={
          <SmartLists
            lists={stats?.smartLists}
            current={savedQueryOf(query)}
            canSave={!isDefaultQuery(query)}
            onApply={applySmartList}
            actions={actions}
          />
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
          select={select}
          colors={colors}
          allTags={stats?.tags ?? []}
          bulk={bulk}
          onInvalid={(message) => notify("warning", message)}
          searchRef={searchRef}
          listRef={listRef}
        />
        {/* The detail pane marks the search's words in the title, abstract and note. */}
        <SearchHighlightProvider text={text}>
          <PaperDetail
            selectedId={selectedId}
            view={paper}
            allTags={stats?.tags ?? []}
            actions={actions}
            saver={saver}
            onInvalid={(message) => notify("warning", message)}
            onShowPaper={select.show}
            onDeleted={select.forget}
            onInfo={(message) => notify("info", message)}
          />
        </SearchHighlightProvider>
      </main>
      <Notices />
      <ShortcutsSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
      <TransferDialogs
        transfer={transfer}
        exportContext={{
          query,
          filtered: isFiltered(query),
          filteredTotal: rows.wanted.total ?? rows.cache.total,
          libraryTotal: stats?.total,
          selectedIds: targetIds(select.selection),
        }}
      />
    </div>
  );
}

/** A promise rejected anywhere shows as a banner instead of vanishing; the native menu can open the sheet. */
function useGlobalHandlers(reportError: (err: unknown, what?: string) => void, openHelp: () => void) {
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent) => reportError(e.reason, "Something failed");
    window.addEventListener("unhandledrejection", onRejection);
    const offMenu = folio.on("menu", ({ command }) => {
      if (command === "show-shortcuts") openHelp();
    });
    return () => {
      window.removeEventListener("unhandledrejection", onRejection);
      offMenu();
    };
  }, [reportError, openHelp]);
}
