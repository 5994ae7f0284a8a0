/**
 * The list's selection, wired to the rows: shift ranges and select-all take their ids from the loaded
 * pages when they can, else from `folio.query` page by page (rows far away may not be loaded).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { folio } from "../api/bridge";
import { type ListQuery, queryArg, queryKey } from "../lib/list-query";
import type { PageCache } from "../lib/paging";
import {
  clearSelection,
  EMPTY_SELECTION,
  fetchIds,
  loadedIds,
  rangeSpan,
  retainExisting,
  type Selection,
  selectAll,
  selectOne,
  selectRange,
  toggleOne,
} from "../lib/selection";
import { useNotices } from "./notices";

export interface ClickModifiers {
  /** Shift: select the range from the anchor. */
  shift: boolean;
  /** Ctrl (Cmd on macOS): add or remove this row. */
  toggle: boolean;
}

export interface SelectionApi {
  selection: Selection;
  click(index: number, id: string, mods: ClickModifiers): void;
  /** A keyboard move onto a row; with `extend` (Shift) the range from the anchor grows to it. */
  moveTo(index: number, id: string, extend: boolean): void;
  /** Every paper of the current filter. */
  selectAll(): Promise<void>;
  /** Esc: collapse a multi-selection, or clear a single one. */
  clear(): void;
  /** Show one paper alone (or none). */
  show(id: string | undefined): void;
  /** Forget papers that were deleted. */
  forget(ids: readonly string[]): void;
}

export function useSelection(cache: PageCache, query: ListQuery): SelectionApi {
  const { reportError } = useNotices();
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const latest = useRef(selection);
  latest.current = selection;
  const queryRef = useRef(query);
  queryRef.current = query;

  // Another filter or sort: row positions mean something else now; keep only the shown paper.
  const key = queryKey(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the query (its key) changes
  useEffect(() => {
    setSelection((s) =>
      s.cursor === undefined ? EMPTY_SELECTION : { ids: new Set([s.cursor]), cursor: s.cursor, anchor: undefined },
    );
  }, [key]);

  const fetchPage = useCallback(
    (offset: number, limit: number) => folio.query(queryArg(queryRef.current, offset, limit)),
    [],
  );

  const extendTo = useCallback(
    async (index: number, id: string, keep: boolean) => {
      const s = latest.current;
      const cursorIndex = s.cursor === undefined ? -1 : cache.indexOf(s.cursor);
      const [from, to] = rangeSpan(s, index, cursorIndex);
      const anchor = s.anchor ?? (cursorIndex >= 0 ? cursorIndex : index);
      try {
        const ids = loadedIds((i) => cache.rowAt(i), from, to) ?? (await fetchIds(fetchPage, from, to));
        setSelection((cur) => selectRange({ ...cur, anchor: cur.anchor ?? anchor }, index, id, ids, keep));
      } catch (err) {
        reportError(err, "Selecting the range failed");
      }
    },
    [cache, fetchPage, reportError],
  );

  return useMemo<SelectionApi>(
    () => ({
      selection,
      click(index, id, mods) {
        if (mods.shift) void extendTo(index, id, mods.toggle);
        else if (mods.toggle) setSelection((s) => toggleOne(s, index, id));
        else setSelection(selectOne(index, id));
      },
      moveTo(index, id, extend) {
        if (extend) void extendTo(index, id, false);
        else setSelection(selectOne(index, id));
      },
      async selectAll() {
        try {
          const ids = await fetchIds(fetchPage, 0, Number.POSITIVE_INFINITY);
          setSelection((s) => selectAll(s, ids));
        } catch (err) {
          reportError(err, "Selecting all papers failed");
        }
      },
      clear: () => setSelection(clearSelection),
      show: (id) =>
        setSelection(id === undefined ? EMPTY_SELECTION : { ids: new Set([id]), cursor: id, anchor: undefined }),
      forget(ids) {
        const gone = new Set(ids);
        setSelection((s) => retainExisting(s, (id) => !gone.has(id)));
      },
    }),
    [selection, extendTo, fetchPage, reportError],
  );
}
