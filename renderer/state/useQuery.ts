/**
 * The paper list's rows for the current query: one PageCache per distinct query (pages of 100 fetched
 * on demand), invalidated in place when the library changes. While a new query's first page loads, the
 * previous result stays on screen so typing in the search box does not flash an empty list.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { folio } from "../api/bridge";
import { type ListQuery, queryArg, queryKey } from "../lib/list-query";
import { PageCache, QueryCaches } from "../lib/paging";
import { useLibrary } from "./library";
import { useNotices } from "./notices";

export const PAGE_SIZE = 100;

export interface ListRows {
  /** The cache whose rows are on screen. */
  cache: PageCache;
  /** The cache of the query the user asked for; differs from `cache` while its first page loads. */
  wanted: PageCache;
}

export function useQuery(query: ListQuery): ListRows {
  const { revision } = useLibrary();
  const { reportError } = useNotices();
  const caches = useMemo(() => new QueryCaches(), []);
  const key = queryKey(query);
  const queryRef = useRef(query);
  queryRef.current = query;

  // One cache per distinct key (not per query object); the query is read through the ref.
  const wanted = useMemo(() => {
    const q = queryRef.current;
    return caches.get(
      key,
      () =>
        new PageCache((offset, limit) => folio.query(queryArg(q, offset, limit)), {
          pageSize: PAGE_SIZE,
          onError: (err) => reportError(err, "Loading the list failed"),
        }),
    );
  }, [caches, key, reportError]);

  const shownRef = useRef(wanted);
  if (wanted.total !== undefined) shownRef.current = wanted;
  const cache = shownRef.current;

  const wantedVersion = useSyncExternalStore(wanted.subscribe, () => wanted.version);
  useSyncExternalStore(cache.subscribe, () => cache.version);

  // Start the new query's first page at once (the list asks for visible rows once it has a total),
  // and again if a library change dropped that first request.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `wantedVersion` bumps on invalidation
  useEffect(() => {
    if (wanted.total === undefined) void wanted.ensure(0, PAGE_SIZE - 1);
  }, [wanted, wantedVersion]);

  const seenRevision = useRef(revision);
  useEffect(() => {
    if (seenRevision.current === revision) return;
    seenRevision.current = revision;
    caches.invalidateAll();
  }, [caches, revision]);

  return { cache, wanted };
}
