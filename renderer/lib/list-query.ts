/** What the paper list shows: the filters and sort the user chose, and the cache key derived from them. */
import type { MethodInput } from "../../shared/api/schemas";
import type { ReadStatus } from "../../shared/model/user-state";

export type SortSpec = NonNullable<MethodInput<"query">["sort"]>;
export type SortKey = SortSpec["key"];

export interface ListQuery {
  text: string;
  status: ReadStatus | undefined;
  /** Tag filter; the sidebar sets at most one today, the API takes several. */
  tags: string[];
  sort: SortSpec;
}

export const DEFAULT_QUERY: ListQuery = {
  text: "",
  status: undefined,
  tags: [],
  sort: { key: "added", dir: "asc" },
};

/** The sort keys the list offers, with labels. */
export const SORT_CHOICES: readonly { key: SortKey; label: string }[] = [
  { key: "added", label: "Added" },
  { key: "title", label: "Title" },
  { key: "status", label: "Status" },
  { key: "changed", label: "Last changed" },
];

export function isFiltered(q: ListQuery): boolean {
  return q.text.trim() !== "" || q.status !== undefined || q.tags.length > 0;
}

/** A stable key per distinct query: equal queries share one page cache. */
export function queryKey(q: ListQuery): string {
  return JSON.stringify([q.text.trim(), q.status ?? null, [...q.tags].sort(), q.sort.key, q.sort.dir]);
}

/** The argument of `folio.query` for one page of rows. */
export function queryArg(q: ListQuery, offset: number, limit: number): MethodInput<"query"> {
  return {
    text: q.text.trim(),
    ...(q.status ? { status: q.status } : {}),
    tags: q.tags,
    sort: q.sort,
    offset,
    limit,
  };
}
