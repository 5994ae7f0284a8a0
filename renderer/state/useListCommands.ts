/**
 * What the organize keys and the bulk bar do: each write goes to every selected paper in ONE call (so
 * one undo reverts it), or to the shown paper alone when nothing else is selected. Also the window's
 * other keys: /, Esc, Enter/o, Ctrl/Cmd+A, Ctrl/Cmd+Z, ?.
 */
import { type RefObject, useMemo } from "react";
import type { Priority, ReadStatus } from "../../shared/model/user-state";
import type { BulkHandlers } from "../components/BulkBar";
import { nextPriority } from "../lib/bulk";
import { isTyping } from "../lib/keys";
import type { PageCache } from "../lib/paging";
import { targetIds } from "../lib/selection";
import type { Actions } from "./useActions";
import type { SelectionApi } from "./useSelection";
import { useShortcuts } from "./useShortcuts";
import { useUndo } from "./useUndo";

/** The detail pane's id: Enter/o moves the focus there. */
export const DETAIL_PANE_ID = "paper-details";

interface ListCommandsOptions {
  select: SelectionApi;
  cache: PageCache;
  actions: Actions;
  searchRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLElement | null>;
  openHelp(): void;
}

export function useListCommands({ select, cache, actions, searchRef, listRef, openHelp }: ListCommandsOptions) {
  const { undo } = useUndo();
  const { selection } = select;

  const bulk = useMemo<BulkHandlers>(() => {
    const ids = targetIds(selection);
    /** Run a write on the targeted papers, if there are any. */
    const on = (write: (ids: string[]) => Promise<unknown>) => {
      if (ids.length > 0) void write(ids);
    };
    return {
      setStatus: (status: ReadStatus) =>
        on((ids) => actions.write("setStatus", { ids, status }, "Changing the status failed")),
      setPriority: (priority: Priority) =>
        on((ids) => actions.write("setPriority", { ids, priority }, "Changing the priority failed")),
      setStarred: (starred: boolean) =>
        on((ids) => actions.write("setStarred", { ids, starred }, starred ? "Starring failed" : "Unstarring failed")),
      addTags: (tags: string[]) => on((ids) => actions.write("addTags", { ids, tags }, "Adding the tag failed")),
      removeTag: (tag: string) =>
        on((ids) => actions.write("removeTags", { ids, tags: [tag] }, "Removing the tag failed")),
      remove: () =>
        on(async (ids) => {
          if (!(await actions.write("deletePapers", { ids }, "Deleting the papers failed"))) return;
          select.forget(ids);
          listRef.current?.focus();
        }),
      clear: () => select.clear(),
    };
  }, [selection, actions, select, listRef]);

  const cursorRow = () => {
    const index = selection.cursor === undefined ? -1 : cache.indexOf(selection.cursor);
    return index < 0 ? undefined : cache.rowAt(index);
  };
  /** A shortcut that writes: it applies only when some paper is selected or shown. */
  const writes = (run: () => void) => () => {
    if (targetIds(selection).length === 0) return false;
    run();
    return true;
  };

  useShortcuts({
    "status-unread": writes(() => bulk.setStatus("unread")),
    "status-reading": writes(() => bulk.setStatus("reading")),
    "status-read": writes(() => bulk.setStatus("read")),
    "cycle-priority": writes(() => bulk.setPriority(nextPriority(cursorRow()?.priority))),
    "toggle-star": writes(() => bulk.setStarred(!cursorRow()?.starred)),
    "select-all": () => {
      void select.selectAll();
      return true;
    },
    search: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
      return true;
    },
    open: () => {
      const pane = document.getElementById(DETAIL_PANE_ID);
      if (selection.cursor === undefined || !pane) return false;
      pane.focus();
      return true;
    },
    escape: (e) => {
      const t = e.target instanceof HTMLElement ? e.target : undefined;
      const typing =
        !!t && isTyping({ tagName: t.tagName, type: t.getAttribute("type"), role: t.getAttribute("role") });
      if (typing || t?.isContentEditable) {
        t?.blur();
        listRef.current?.focus();
        return true;
      }
      if (selection.ids.size === 0 && selection.cursor === undefined) return false;
      select.clear();
      return true;
    },
    undo: () => {
      void undo();
      return true;
    },
    help: () => {
      openHelp();
      return true;
    },
  });

  return bulk;
}
