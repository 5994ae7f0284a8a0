/** The middle pane: search and sort, the result count, and the list (or an empty state). */
import type { RefObject } from "react";
import { countPapers } from "../lib/format";
import type { SortSpec } from "../lib/list-query";
import type { ListRows } from "../state/useQuery";
import { PaperList } from "./PaperList";
import { SearchBar } from "./SearchBar";

interface ListPaneProps {
  rows: ListRows;
  searchText: string;
  onSearchText(text: string): void;
  sort: SortSpec;
  onSort(sort: SortSpec): void;
  filtered: boolean;
  onClearFilters(): void;
  selectedId: string | undefined;
  onSelect(id: string): void;
  searchRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLDivElement | null>;
}

export function ListPane(props: ListPaneProps) {
  const { rows, filtered, onClearFilters } = props;
  const total = rows.wanted.total ?? rows.cache.total;
  return (
    <section className="list-pane" aria-label="Paper list">
      <SearchBar
        text={props.searchText}
        onText={props.onSearchText}
        sort={props.sort}
        onSort={props.onSort}
        inputRef={props.searchRef}
      />
      <div className="list-summary">
        <span className="list-count" role="status">
          {total === undefined ? "Loading…" : countPapers(total)}
        </span>
        {filtered && total !== 0 && (
          <button type="button" className="link-button" onClick={onClearFilters}>
            Clear filters
          </button>
        )}
      </div>
      {rows.cache.total === 0 ? (
        <div className="empty-state list-empty">
          {filtered ? (
            <>
              <p className="empty-title">No papers match</p>
              <p className="muted">Try other words, or show the whole library.</p>
              <button type="button" className="button" onClick={onClearFilters}>
                Clear filters
              </button>
            </>
          ) : (
            <>
              <p className="empty-title">Your library is empty</p>
              <p className="muted">Papers you import will appear here.</p>
            </>
          )}
        </div>
      ) : (
        <PaperList cache={rows.cache} selectedId={props.selectedId} onSelect={props.onSelect} listRef={props.listRef} />
      )}
    </section>
  );
}
