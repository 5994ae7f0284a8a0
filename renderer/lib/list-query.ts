/** What the paper list shows: the filters and sort the user chose, and the cache key derived from them. */
import { type MethodInput, methodSchemas } from "../../shared/api/schemas";
import type { Priority, ReadStatus } from "../../shared/model/user-state";

export type SortSpec = NonNullable<MethodInput<"query">["sort"]>;
export type SortKey = SortSpec["key"];
export type TagMode = NonNullable<MethodInput<"query">["tagMode"]>;
export const TAG_MODES: readonly TagMode[] = methodSchemas.query.shape.tagMode.unwrap().options;

export interface ListQuery {
  text: string;
  status: ReadStatus | undefined;
  /** Tag filter: papers with any (or all, per `tagMode`) of these tags or their children. */
  tags: string[];
  tagMode: TagMode;
  /** Only papers of this priority (sidebar). Sent as the search syntax `priority:<p>`. */
  priority: Priority | undefined;
  /** Only starred papers (sidebar "Starred"). Sent as the search syntax `is:starred`. */
  starred: boolean;
  sort: SortSpec;
}

export const DEFAULT_QUERY: ListQuery = {
  text: "",
  status: undefined,
  tags: [],
  tagMode: "any",
  priority: undefined,
  starred: false,
  sort: { key: "added", dir: "asc" },
};

/** The sort keys the list offers, with labels. */
export const SORT_CHOICES: readonly { key: SortKey; label: string }[] = [
  { key: "relevance", label: "Relevance" },
  { key: "title", label: "Title" },
  { key: "added", label: "Date added" },
  { key: "changed", label: "Last changed" },
  { key: "status", label: "Status" },
  { key: "priority", label: "Priority" },
];

export function isFiltered(q: ListQuery): boolean {
  return q.text.trim() !== "" || q.status !== undefined || q.tags.length > 0 || q.priority !== undefined || q.starred;
}

/** A stable key per distinct query: equal queries share one page cache. */
export function queryKey(q: ListQuery): string {
  const tags = [...q.tags].sort();
  return JSON.stringify([q.text.trim(), q.status ?? null, tags, q.tagMode, q.priority ?? null, q.starred, q.sort]);
}

/**
 * The sidebar's priority and star filters in the search syntax the core parses (the query schema has
 * no fields for them): appended to the typed text, so they combine with it like typed filters do.
 */
export function filterSyntax(q: Pick<ListQuery, "priority" | "starred">): string[] {
  return [...(q.priority ? [`priority:${q.priority}`] : []), ...(q.starred ? ["is:starred"] : [])];
}

/** The argument of `folio.query` for one page of rows. */
export function queryArg(q: ListQuery, offset: number, limit: number): MethodInput<"query"> {
  return {
    text: [q.text.trim(), ...filterSyntax(q)].filter((t) => t !== "").join(" "),
    ...(q.status ? { status: q.status } : {}),
    tags: q.tags,
    tagMode: q.tagMode,
    sort: q.sort,
    offset,
    limit,
  };
}
