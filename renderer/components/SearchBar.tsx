/** The search box and the sort controls above the list. */
import type { RefObject } from "react";
import { SORT_CHOICES, type SortKey, type SortSpec } from "../lib/list-query";
import { isSearching, withKey } from "../lib/search-sort";
import { SearchHelp } from "./SearchHelp";

interface SearchBarProps {
  text: string;
  onText(text: string): void;
  sort: SortSpec;
  onSort(sort: SortSpec): void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function SearchBar({ text, onText, sort, onSort, inputRef }: SearchBarProps) {
  const ascending = sort.dir === "asc";
  return (
    <div className="search-bar">
      <div className="search-field">
        <span className="search-icon" aria-hidden="true" />
        <input
          ref={inputRef}
          type="search"
          aria-label="Search"
          placeholder="Search papers"
          value={text}
          onChange={(e) => onText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <SearchHelp
        onExample={(example) => {
          onText(example);
          inputRef.current?.focus();
        }}
      />
      <div className="sort-controls">
        <select
          aria-label="Sort by"
          value={sort.key}
          onChange={(e) => {
            const key = SORT_CHOICES.find((c) => c.key === e.target.value)?.key;
            if (key) onSort(withKey(sort, key satisfies SortKey));
          }}
        >
          {SORT_CHOICES.map((c) => (
            // Relevance needs words to rank by.
            <option key={c.key} value={c.key} disabled={c.key === "relevance" && !isSearching(text)}>
              {c.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="icon-button sort-dir"
          aria-label="Sort descending"
          aria-pressed={!ascending}
          title={ascending ? "Ascending order" : "Descending order"}
          onClick={() => onSort({ ...sort, dir: ascending ? "desc" : "asc" })}
        >
          <span aria-hidden="true">{ascending ? "↑" : "↓"}</span>
        </button>
      </div>
    </div>
  );
}
