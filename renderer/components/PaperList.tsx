/**
 * The virtualized paper list (a multi-select listbox). Only the visible rows (plus overscan) are in the
 * DOM, and only the pages covering them are fetched. Keys: ArrowUp/ArrowDown, j/k, Home/End move;
 * Shift+arrows extend the selection; clicks select, Shift-click ranges, Ctrl/Cmd-click toggles.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useCallback, useEffect, useRef } from "react";
import { type NavAction, targetIndex } from "../lib/keys";
import type { PageCache } from "../lib/paging";
import type { Selection } from "../lib/selection";
import type { TagColors } from "../lib/tag-colors";
import type { SelectionApi } from "../state/useSelection";
import { IS_MAC, LIST_ATTRIBUTE, useShortcuts } from "../state/useShortcuts";
import { PaperRow } from "./PaperRow";

export const ROW_HEIGHT = 72;

interface PaperListProps {
  cache: PageCache;
  selection: Selection;
  select: SelectionApi;
  colors: TagColors;
  listRef: RefObject<HTMLDivElement | null>;
}

const rowDomId = (index: number) => `paper-row-${index}`;

export function PaperList({ cache, selection, select, colors, listRef }: PaperListProps) {
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
  const pending = useRef<{ index: number; extend: boolean } | undefined>(undefined);
  const moveTo = useCallback(
    (index: number, extend: boolean) => {
      virtualizer.scrollToIndex(index, { align: "auto" });
      const row = cache.rowAt(index);
      if (row) {
        pending.current = undefined;
        select.moveTo(index, row.id, extend);
      } else {
        pending.current = { index, extend };
        void cache.ensure(index, index);
      }
    },
    [cache, select, virtualizer],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when pages arrive
  useEffect(() => {
    const want = pending.current;
    const row = want === undefined ? undefined : cache.rowAt(want.index);
    if (want && row) {
      pending.current = undefined;
      select.moveTo(want.index, row.id, want.extend);
    }
  }, [cache, version, select]);

  const currentIndex = selection.cursor === undefined ? -1 : cache.indexOf(selection.cursor);
  const nav = (action: NavAction, extend = false) => {
    const target = targetIndex(action, currentIndex, total);
    if (target === undefined) return false;
    moveTo(target, extend);
    return true;
  };
  useShortcuts({
    next: () => nav("next"),
    prev: () => nav("prev"),
    first: () => nav("first"),
    last: () => nav("last"),
    "extend-next": () => nav("next", true),
    "extend-prev": () => nav("prev", true),
  });

  const currentRendered = items.some((v) => v.index === currentIndex);

  return (
    <div
      ref={listRef}
      className="paper-list"
      role="listbox"
      aria-label="Papers"
      aria-multiselectable="true"
      tabIndex={0}
      aria-busy={cache.total === undefined}
      aria-activedescendant={currentRendered ? rowDomId(currentIndex) : undefined}
      {...{ [LIST_ATTRIBUTE]: "" }}
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
              selected={row !== undefined && selection.ids.has(row.id)}
              current={row !== undefined && row.id === selection.cursor}
              top={v.start}
              height={v.size}
              colors={colors}
              onClick={(index, id, e) =>
                select.click(index, id, { shift: e.shiftKey, toggle: IS_MAC ? e.metaKey : e.ctrlKey })
              }
            />
          );
        })}
      </div>
    </div>
  );
}
