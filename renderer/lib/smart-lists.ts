/**
 * Smart lists and the list's query: what "Save search" stores (the sidebar's priority and star filters
 * go into the text as search syntax, the way the core receives them), what applying one sets, and when
 * the list shows exactly a saved query. Pure.
 */
import type { SavedQuery } from "../../shared/api/contract";
import { tagKey } from "../../shared/model/tags";
import { PRIORITIES, type Priority } from "../../shared/model/user-state";
import { DEFAULT_QUERY, filterSyntax, type ListQuery } from "./list-query";

/** The list's query as a smart list stores it. */
export function savedQueryOf(q: ListQuery): SavedQuery {
  return {
    text: [q.text.trim(), ...filterSyntax(q)].filter((t) => t !== "").join(" "),
    ...(q.status ? { status: q.status } : {}),
    tags: [...q.tags],
    tagMode: q.tagMode,
    sort: { ...q.sort },
  };
}

/** A smart list's query as the list's state: the filters `savedQueryOf` appended go back to the sidebar. */
export function listQueryOf(saved: SavedQuery): ListQuery {
  const words = saved.text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  let starred = false;
  let priority: Priority | undefined;
  // Only whole trailing tokens, and never out of an unclosed quote (where they would be phrase words).
  const balanced = (ws: string[]) => (ws.join(" ").match(/"/g)?.length ?? 0) % 2 === 0;
  if (words.at(-1) === "is:starred" && balanced(words.slice(0, -1))) {
    starred = true;
    words.pop();
  }
  const p = /^priority:(\w+)$/.exec(words.at(-1) ?? "")?.[1];
  if (p && PRIORITIES.includes(p as Priority) && balanced(words.slice(0, -1))) {
    priority = p as Priority;
    words.pop();
  }
  return {
    text: words.join(" "),
    status: saved.status,
    tags: [...saved.tags],
    tagMode: saved.tagMode,
    priority,
    starred,
    sort: { ...saved.sort },
  };
}

/** A comparable form: tags are case-insensitive and unordered; with one tag or none the mode is moot. */
function canonical(q: SavedQuery): string {
  const tags = [...new Set(q.tags.map(tagKey))].sort();
  const text = q.text.trim().split(/\s+/).join(" ");
  return JSON.stringify([text, q.status ?? null, tags, tags.length > 1 ? q.tagMode : "any", q.sort]);
}

export function sameSavedQuery(a: SavedQuery, b: SavedQuery): boolean {
  return canonical(a) === canonical(b);
}

/** True when the list shows the whole library in the default order: nothing to save. */
export function isDefaultQuery(q: ListQuery): boolean {
  return sameSavedQuery(savedQueryOf(q), savedQueryOf(DEFAULT_QUERY));
}

/** A name to suggest when saving: the search text, else the filters, shortened. */
export function suggestName(q: SavedQuery): string {
  const parts = [q.text.trim(), ...(q.status ? [`status:${q.status}`] : []), ...q.tags.map((t) => `tag:${t}`)];
  const name = parts.filter((p) => p !== "").join(" ");
  return name.length > 60 ? `${name.slice(0, 59).trimEnd()}…` : name;
}
