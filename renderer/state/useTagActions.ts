/**
 * The tag menu's writes (rename or merge, delete, color), each undoable through the toast. A renamed or
 * deleted tag is also renamed or dropped in the sidebar's tag filter, so the list keeps making sense.
 */
import { type Dispatch, type SetStateAction, useMemo } from "react";
import { renameWithin, tagKey } from "../../shared/model/tags";
import type { SidebarFilters } from "../components/Sidebar";
import type { TagMenuActions } from "../components/TagMenu";
import type { Actions } from "./useActions";

export function useTagActions(actions: Actions, setFilters: Dispatch<SetStateAction<SidebarFilters>>): TagMenuActions {
  return useMemo<TagMenuActions>(
    () => ({
      async rename(from, to) {
        const done = await actions.write("renameTag", { from, to }, `Renaming the tag ${from} failed`);
        if (done) setFilters((f) => ({ ...f, tags: f.tags.map((t) => renameWithin(t, from, to) ?? t) }));
        return done !== undefined;
      },
      async remove(tag) {
        const done = await actions.write("deleteTag", { tag }, `Deleting the tag ${tag} failed`);
        if (done) setFilters((f) => ({ ...f, tags: f.tags.filter((t) => tagKey(t) !== tagKey(tag)) }));
        return done !== undefined;
      },
      async color(tag, color) {
        return (await actions.write("setTagColor", { tag, color }, `Coloring the tag ${tag} failed`)) !== undefined;
      },
    }),
    [actions, setFilters],
  );
}
