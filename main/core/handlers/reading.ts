/** Reading the list and the per-paper reading state: query, detail, stats, status, priority, star, note. */
import type { FolioHandlers, SmartList } from "../../../shared/api/contract";
import { FolioError } from "../../../shared/api/errors";
import type { Priority } from "../../../shared/model/user-state";
import { bulkLabel, type LibraryContext } from "../context";

const STATUS_LABEL = { unread: "Unread", reading: "Reading", read: "Read" } as const;
const PRIORITY_LABEL: Record<Priority, string> = { none: "no priority", low: "low", medium: "medium", high: "high" };

type ReadingHandlers = Pick<
  FolioHandlers,
  "query" | "getPaper" | "stats" | "setStatus" | "setPriority" | "setStarred" | "setNote"
>;

export function readingHandlers(ctx: LibraryContext): ReadingHandlers {
  const stateOf = (id: string) => ctx.store.state(id);

  return {
    async query(arg) {
      return ctx.search.query(arg);
    },

    async getPaper({ id }) {
      const paper = ctx.view.get(id);
      if (!paper) throw new FolioError("NOT_FOUND", `No paper with id ${id}`);
      return { paper, state: stateOf(id) };
    },

    async stats() {
      const smartLists: SmartList[] = Object.entries(ctx.store.data.smartLists).map(([id, list]) => {
        const query = { ...list.query, sort: { key: "added", dir: "asc" }, offset: 0, limit: 0 } as const;
        return { id, name: list.name, query: list.query, count: ctx.search.query(query).total };
      });
      smartLists.sort((a, b) => a.name.localeCompare(b.name));
      const undo = ctx.undo.peekLabel();
      return {
        ...ctx.counters.snapshot(ctx.store.data.tags),
        smartLists,
        ...(undo ? { undo } : {}),
      };
    },

    setStatus({ ids, status }) {
      return ctx.editStates(
        ids,
        (s, at) =>
          s.status === status
            ? undefined
            : { ...s, status, statusChangedAt: at, ...(status === "read" ? { readAt: at } : {}) },
        bulkLabel(ids, `Mark as ${STATUS_LABEL[status]}`),
      );
    },

    setPriority({ ids, priority }) {
      return ctx.editStates(
        ids,
        (s) => (s.priority === priority ? undefined : { ...s, priority }),
        bulkLabel(ids, `Set priority to ${PRIORITY_LABEL[priority]}`),
      );
    },

    setStarred({ ids, starred }) {
      return ctx.editStates(
        ids,
        (s) => (s.starred === starred ? undefined : { ...s, starred }),
        bulkLabel(ids, starred ? "Star" : "Unstar"),
      );
    },

    setNote({ id, note }) {
      return ctx.editStates([id], (s, at) => (s.note === note ? undefined : { ...s, note, noteUpdatedAt: at }));
    },
  };
}
