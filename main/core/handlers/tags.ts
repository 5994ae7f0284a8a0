/** Tags: add/remove on papers, colors, rename (merging onto an existing tag), delete everywhere. */
import type { FolioHandlers } from "../../../shared/api/contract";
import { FolioError } from "../../../shared/api/errors";
import { isTagWithin, renameWithin, tagKey } from "../../../shared/model/tags";
import { bulkLabel, type LibraryContext } from "../context";
import type { Change } from "../store/library-store";

type TagHandlers = Pick<FolioHandlers, "addTags" | "removeTags" | "setTagColor" | "renameTag" | "deleteTag">;

/** Append tags not already present (case-insensitively), keeping order. */
function mergeTags(existing: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of [...existing, ...incoming]) {
    if (seen.has(tagKey(t))) continue;
    seen.add(tagKey(t));
    out.push(t);
  }
  return out;
}

export function tagHandlers(ctx: LibraryContext): TagHandlers {
  /** Ids of papers carrying a tag exactly (or, with `within`, the tag or one of its children). */
  function papersWith(tag: string, within: boolean): string[] {
    const ids: string[] = [];
    for (const [id, state] of Object.entries(ctx.store.data.papers)) {
      if (!ctx.view.has(id)) continue;
      if (state.tags.some((t) => (within ? isTagWithin(t, tag) : tagKey(t) === tagKey(tag)))) ids.push(id);
    }
    return ids;
  }

  function requireTag(tag: string): void {
    if (!ctx.counters.tagNames().some((t) => isTagWithin(t, tag))) {
      throw new FolioError("NOT_FOUND", `No tag named "${tag}"`);
    }
  }

  return {
    addTags({ ids, tags }) {
      const names = tags.map((t) => ctx.counters.canonicalTag(t));
      return ctx.editStates(
        ids,
        (s) => {
          const merged = mergeTags(s.tags, names);
          return merged.length === s.tags.length ? undefined : { ...s, tags: merged };
        },
        bulkLabel(ids, `Add tag ${names.join(", ")}`),
      );
    },

    removeTags({ ids, tags }) {
      const drop = new Set(tags.map(tagKey));
      return ctx.editStates(
        ids,
        (s) => {
          const kept = s.tags.filter((t) => !drop.has(tagKey(t)));
          return kept.length === s.tags.length ? undefined : { ...s, tags: kept };
        },
        bulkLabel(ids, `Remove tag ${tags.join(", ")}`),
      );
    },

    setTagColor({ tag, color }) {
      requireTag(tag);
      return ctx.commit([{ k: "tags", id: tagKey(tag), v: color ? { color } : null }]);
    },

    async renameTag({ from, to }) {
      requireTag(from);
      if (tagKey(from) === tagKey(to) && from.trim() === to.trim()) return ctx.commit([]);
      if (isTagWithin(to, from) && tagKey(to) !== tagKey(from)) {
        throw new FolioError("INVALID_ARGUMENT", `Cannot move "${from}" inside itself`);
      }
      const target = ctx.counters.canonicalTag(to);
      const merging =
        tagKey(target) !== tagKey(from) && ctx.counters.tagNames().some((t) => tagKey(t) === tagKey(target));
      const ids = papersWith(from, true);
      const at = ctx.now().toISOString();
      const changes: Change[] = ids.map((id) => {
        const s = ctx.store.state(id);
        const renamed = s.tags.map((t) => renameWithin(t, from, target) ?? t);
        return { k: "papers", id, v: { ...s, tags: mergeTags([], renamed), updatedAt: at } };
      });
      // The color moves with the name unless the target already has one.
      const color = ctx.store.get("tags", tagKey(from));
      if (color && tagKey(from) !== tagKey(target)) {
        if (!ctx.store.get("tags", tagKey(target))) changes.push({ k: "tags", id: tagKey(target), v: color });
        changes.push({ k: "tags", id: tagKey(from), v: null });
      }
      const label = merging ? `Merge tag ${from} into ${target}` : `Rename tag ${from} to ${target}`;
      return ctx.commit(changes, label);
    },

    async deleteTag({ tag }) {
      requireTag(tag);
      const at = ctx.now().toISOString();
      const changes: Change[] = papersWith(tag, false).map((id) => {
        const s = ctx.store.state(id);
        return { k: "papers", id, v: { ...s, tags: s.tags.filter((t) => tagKey(t) !== tagKey(tag)), updatedAt: at } };
      });
      if (ctx.store.get("tags", tagKey(tag))) changes.push({ k: "tags", id: tagKey(tag), v: null });
      return ctx.commit(changes, `Delete tag ${tag}`);
    },
  };
}
