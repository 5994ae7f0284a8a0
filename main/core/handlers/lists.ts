/** Smart lists, settings and undo. */
import { randomUUID } from "node:crypto";
import type { FolioHandlers } from "../../../shared/api/contract";
import { FolioError } from "../../../shared/api/errors";
import type { LibraryContext } from "../context";
import { DEFAULT_SETTINGS } from "../schema/files";
import { inverseChanges } from "../undo-stack";

type ListHandlers = Pick<
  FolioHandlers,
  "saveSmartList" | "renameSmartList" | "deleteSmartList" | "getSettings" | "setSettings" | "undo"
>;

const SETTINGS_ID = "app";

export function listHandlers(ctx: LibraryContext): ListHandlers {
  function requireList(id: string) {
    const list = ctx.store.get("smartLists", id);
    if (!list) throw new FolioError("NOT_FOUND", `No smart list ${id}`);
    return list;
  }

  return {
    async saveSmartList({ name, query }) {
      const id = randomUUID();
      const result = await ctx.commit([
        { k: "smartLists", id, v: { name, query, createdAt: ctx.now().toISOString() } },
      ]);
      return { ...result, id };
    },

    renameSmartList({ id, name }) {
      const list = requireList(id);
      return ctx.commit([{ k: "smartLists", id, v: { ...list, name } }]);
    },

    deleteSmartList({ id }) {
      const list = requireList(id);
      return ctx.commit([{ k: "smartLists", id, v: null }], `Delete smart list ${list.name}`);
    },

    async getSettings() {
      return ctx.store.get("settings", SETTINGS_ID) ?? DEFAULT_SETTINGS;
    },

    setSettings(settings) {
      return ctx.commit([{ k: "settings", id: SETTINGS_ID, v: { ...DEFAULT_SETTINGS, ...settings } }]);
    },

    async undo() {
      const entry = ctx.undo.pop();
      if (!entry) return { undone: null };
      try {
        await ctx.commit(inverseChanges(entry, (k, id) => ctx.store.get(k, id)));
      } catch (err) {
        ctx.undo.push(entry); // nothing was undone: the action can still be undone later
        throw err;
      }
      return { undone: entry.label };
    },
  };
}
