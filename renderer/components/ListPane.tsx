/** The middle pane: search and sort, the result count, the list, then the undo toast and bulk actions. */
import type { RefObject } from "react";
import type { TagCount } from "../../shared/api/contract";
import { countPapers } from "../lib/format";
import type { SortSpec } from "../lib/list-query";
import { isMulti } from "../lib/selection";
import type { TagColors } from "../lib/tag-colors";
import type { ListRows } from "../state/useQuery";
import type { SelectionApi } from "../state/useSelection";
import { BulkBar, type BulkHandlers } from "./BulkBar";
import { IndexingNote } from "./IndexingNote";
import { PaperList } from "./PaperList";
import { SearchBar } from "./SearchBar";
import { UndoToast } from "./UndoToast";

interface ListPaneProps {
  rows: ListRows;
  searchText: string;
  onSearchText(text: string): void;
  sort: SortSpec;
  onSort(sort: SortSpec): void;
  filtered: boolean;
  onClearFilters(): void;
  select: SelectionApi;
  colors: TagColors;
  allTags: readonly TagCount[];
  bulk: BulkHandlers;
  onInvalid(message: string): void;
  searchRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLDivElement | null>;
}

export function ListPane(props: ListPaneProps) {
  const { rows, filtered, onClearFilters, select } = props;
  const total = rows.wanted.total ?? rows.cache.total;
  const { selection } = select;
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
        <IndexingNote indexed={rows.wanted.indexed ?? rows.cache.indexed} />
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
        <PaperList
          cache={rows.cache}
          selection={selection}
          select={select}
          colors={props.colors}
          listRef={props.listRef}
        />
      )}
      {/* Below the list, so rows never move under the pointer when a selection grows to two. */}
      <div className="list-footer">
        <UndoToast />
        {isMulti(selection) && (
          <BulkBar count={selection.ids.size} allTags={props.allTags} on={props.bulk} onInvalid={props.onInvalid} />
        )}
      </div>
    </section>
  );
}
