/**
 * The virtualized paper list (a listbox). Only the visible rows (plus overscan) are in the DOM, and
 * only the pages covering them are fetched. Keyboard: ArrowUp/ArrowDown, j/k, Home/End.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useCallback, useEffect, useRef } from "react";
import type { NavAction } from "../lib/keys";
import { targetIndex } from "../lib/keys";
import type { PageCache } from "../lib/paging";
import { useKeyboardNav } from "../state/useKeyboardNav";
import { PaperRow } from "./PaperRow";

export const ROW_HEIGHT = 72;

interface PaperListProps {
  cache: PageCache;
  selectedId: string | undefined;
  onSelect(id: string): void;
  listRef: RefObject<HTMLDivElement | null>;
}

const rowDomId = (index: number) => `paper-row-${index}`;

export function PaperList({ cache, selectedId, onSelect, listRef }: PaperListProps) {
  const total = cache.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items.at(-1)?.index;
  const version = cache.version;

  // Fetch the pages under the visible rows; stale pages (after a library change) are refetched too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when pages arrive or go stale
  useEffect(() => {
    if (first !== undefined && last !== undefined) void cache.ensure(first, last);
  }, [cache, first, last, version]);

  // A different query starts at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the shown query changes
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [cache]);

  // A keyboard move onto a row that is not loaded yet selects it once its page arrives.
  const pendingIndex = useRef<number | undefined>(undefined);
  const selectIndex = useCallback(
    (index: number) => {
      virtualizer.scrollToIndex(index, { align: "auto" });
      const row = cache.rowAt(index);
      if (row) {
        pendingIndex.current = undefined;
        onSelect(row.id);
      } else {
        pendingIndex.current = index;
        void cache.ensure(index, index);
      }
    },
    [cache, onSelect, virtualizer],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when pages arrive
  useEffect(() => {
    const index = pendingIndex.current;
    const row = index === undefined ? undefined : cache.rowAt(index);
    if (row) {
      pendingIndex.current = undefined;
      onSelect(row.id);
    }
  }, [cache, version, onSelect]);

  const selectedIndex = selectedId === undefined ? -1 : cache.indexOf(selectedId);

  useKeyboardNav((action: NavAction) => {
    const target = targetIndex(action, selectedIndex, total);
    if (target !== undefined) selectIndex(target);
  }, listRef);

  const selectedRendered = items.some((v) => v.index === selectedIndex);

  return (
    <div
      ref={listRef}
      className="paper-list"
      role="listbox"
      aria-label="Papers"
      tabIndex={0}
      aria-busy={cache.total === undefined}
      aria-activedescendant={selectedRendered ? rowDomId(selectedIndex) : undefined}
    >
      <div className="paper-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const row = cache.rowAt(v.index);
          return (
            <PaperRow
              key={v.key}
              row={row}
              index={v.index}
              total={total}
              domId={rowDomId(v.index)}
              selected={row !== undefined && row.id === selectedId}
              top={v.start}
              height={v.size}
              onSelect={onSelect}
            />
          );
        })}
      </div>
    </div>
  );
}
