/**
 * A window-of-rows cache for one query: rows are fetched in fixed pages on demand, kept in a small LRU,
 * and refreshed in place when the library changes (stale rows stay visible until fresh ones arrive).
 * Pure: no DOM, no React; the list subscribes to it.
 */
import type { PaperRow, QueryResult } from "../../shared/api/contract";

export type FetchPage = (offset: number, limit: number) => Promise<QueryResult>;

export interface PageCacheOptions {
  pageSize?: number;
  /** Pages kept in memory; the least recently used beyond this are dropped. */
  maxPages?: number;
  onError?: (err: unknown) => void;
}

interface Page {
  rows: PaperRow[];
  stale: boolean;
}

export class PageCache {
  readonly pageSize: number;
  private readonly maxPages: number;
  private readonly onError: (err: unknown) => void;
  /** Insertion order doubles as recency order (re-inserted on use). */
  private readonly pages = new Map<number, Page>();
  private readonly inflight = new Map<number, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private generation = 0;
  private _total: number | undefined;
  private _indexed: boolean | undefined;
  private _version = 0;

  constructor(
    private readonly fetchPage: FetchPage,
    opts: PageCacheOptions = {},
  ) {
    this.pageSize = opts.pageSize ?? 100;
    this.maxPages = Math.max(1, opts.maxPages ?? 30);
    this.onError = opts.onError ?? ((err) => console.error("[folio] loading rows failed:", err));
  }

  /** Number of matching papers, or undefined before the first page arrived. */
  get total(): number | undefined {
    return this._total;
  }

  /** False while the core's search index was still being built when the last page came (see QueryResult). */
  get indexed(): boolean | undefined {
    return this._indexed;
  }

  /** Bumps on every change, so a view can tell that it must re-render. */
  get version(): number {
    return this._version;
  }

  rowAt(index: number): PaperRow | undefined {
    const page = this.pages.get(Math.floor(index / this.pageSize));
    return page?.rows[index % this.pageSize];
  }

  /** Index of a paper among the loaded rows, or -1. */
  indexOf(id: string): number {
    for (const [n, page] of this.pages) {
      const i = page.rows.findIndex((r) => r.id === id);
      if (i >= 0) return n * this.pageSize + i;
    }
    return -1;
  }

  /** Load every missing or stale page covering rows start..end (inclusive). Resolves when they are in. */
  ensure(start: number, end: number): Promise<void> {
    const last = this._total === undefined ? end : Math.min(end, this._total - 1);
    const first = Math.max(0, start);
    const wanted: Promise<void>[] = [];
    // With an unknown total, always ask for the first page covering `start` (it tells the total).
    const lastPage = Math.max(Math.floor(first / this.pageSize), Math.floor(last / this.pageSize));
    for (let n = Math.floor(first / this.pageSize); n <= lastPage; n++) {
      const page = this.pages.get(n);
      if (page) this.touch(n, page);
      if (page && !page.stale) continue;
      wanted.push(this.load(n));
    }
    return Promise.all(wanted).then(() => undefined);
  }

  /** The library changed: keep showing what we have, but refetch pages as they are needed again. */
  invalidate(): void {
    this.generation += 1;
    this.inflight.clear();
    for (const page of this.pages.values()) page.stale = true;
    this.changed();
  }

  /** An arrow property, so it can be handed to React's useSyncExternalStore as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private load(n: number): Promise<void> {
    const running = this.inflight.get(n);
    if (running) return running;
    const generation = this.generation;
    const promise = this.fetchPage(n * this.pageSize, this.pageSize).then(
      (result) => {
        if (generation !== this.generation) return; // superseded by invalidate(); a fresher load follows
        this.inflight.delete(n);
        this.store(n, result);
      },
      (err: unknown) => {
        if (generation === this.generation) this.inflight.delete(n);
        this.onError(err);
      },
    );
    this.inflight.set(n, promise);
    return promise;
  }

  private store(n: number, result: QueryResult): void {
    this._total = result.total;
    this._indexed = result.indexed;
    this.pages.delete(n);
    this.pages.set(n, { rows: result.items, stale: false });
    // The result set may have shrunk: drop pages that now lie past the end.
    for (const k of [...this.pages.keys()]) if (k * this.pageSize >= result.total && k !== 0) this.pages.delete(k);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined || oldest === n) break;
      this.pages.delete(oldest);
    }
    this.changed();
  }

  private touch(n: number, page: Page): void {
    this.pages.delete(n);
    this.pages.set(n, page);
  }

  private changed(): void {
    this._version += 1;
    for (const listener of this.listeners) listener();
  }
}

/** One PageCache per distinct query (key), the few most recently used kept. */
export class QueryCaches {
  private readonly caches = new Map<string, PageCache>();

  constructor(private readonly keep = 6) {}

  /** The cache for `key`, made with `create` on first use. */
  get(key: string, create: () => PageCache): PageCache {
    let cache = this.caches.get(key);
    if (cache) this.caches.delete(key);
    else cache = create();
    this.caches.set(key, cache);
    while (this.caches.size > this.keep) {
      const oldest = this.caches.keys().next().value;
      if (oldest === undefined) break;
      this.caches.delete(oldest);
    }
    return cache;
  }

  invalidateAll(): void {
    for (const cache of this.caches.values()) cache.invalidate();
  }
}
