import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUERY, type ListQuery, queryArg } from "../../../renderer/lib/list-query";
import { type FetchPage, PageCache, QueryCaches } from "../../../renderer/lib/paging";
import type { QueryResult } from "../../../shared/api/contract";
import { openSeeded, type SeededCore } from "../core-fixture";

let core: SeededCore;

beforeEach(async () => {
  core = await openSeeded();
});

afterEach(async () => {
  await core.close();
});

/** Pages of `query` fetched from the real core, through the same validated entry point as every transport. */
function source(query: ListQuery = DEFAULT_QUERY) {
  const calls: [number, number][] = [];
  const fetchPage: FetchPage = (offset, limit) => {
    calls.push([offset, limit]);
    return core.api("query", queryArg(query, offset, limit));
  };
  return { fetchPage, calls };
}

describe("PageCache against the real core", () => {
  it("loads only the pages covering the asked rows, and reports the total", async () => {
    const { fetchPage, calls } = source();
    const cache = new PageCache(fetchPage, { pageSize: 10 });
    expect(cache.total).toBeUndefined();
    await cache.ensure(0, 9);
    expect(cache.total).toBe(86);
    expect(calls).toEqual([[0, 10]]);
    await cache.ensure(25, 34);
    expect(calls).toEqual([
      [0, 10],
      [20, 10],
      [30, 10],
    ]);
    const all = await core.api("query", { limit: 100 });
    expect(cache.rowAt(25)?.id).toBe(all.items[25]?.id);
    expect(cache.rowAt(15)).toBeUndefined();
  });

  it("never asks past the end once the total is known", async () => {
    const { fetchPage, calls } = source();
    const cache = new PageCache(fetchPage, { pageSize: 50 });
    await cache.ensure(0, 0);
    await cache.ensure(0, 10_000);
    expect(calls).toEqual([
      [0, 50],
      [50, 50],
    ]);
    expect(cache.rowAt(85)).toBeDefined();
    expect(cache.rowAt(86)).toBeUndefined();
  });

  it("shares one request between overlapping asks for the same page", async () => {
    const { fetchPage, calls } = source();
    const cache = new PageCache(fetchPage, { pageSize: 100 });
    await Promise.all([cache.ensure(0, 5), cache.ensure(3, 40), cache.ensure(50, 60)]);
    expect(calls).toHaveLength(1);
  });

  it("finds a loaded paper's index", async () => {
    const { fetchPage } = source();
    const cache = new PageCache(fetchPage, { pageSize: 20 });
    await cache.ensure(40, 45);
    const row = cache.rowAt(42);
    expect(row).toBeDefined();
    expect(cache.indexOf(row?.id ?? "")).toBe(42);
    expect(cache.indexOf("nope")).toBe(-1);
  });

  it("after invalidate keeps stale rows visible and refetches them with the new state", async () => {
    const { fetchPage, calls } = source();
    const cache = new PageCache(fetchPage, { pageSize: 10 });
    await cache.ensure(0, 9);
    const first = cache.rowAt(0);
    if (!first) throw new Error("no first row");
    expect(first.status).toBe("unread");

    await core.api("setStatus", { ids: [first.id], status: "read" });
    const versionBefore = cache.version;
    cache.invalidate();
    expect(cache.version).toBeGreaterThan(versionBefore);
    expect(cache.rowAt(0)?.status).toBe("unread"); // stale but shown
    await cache.ensure(0, 9);
    expect(cache.rowAt(0)?.status).toBe("read");
    expect(calls).toHaveLength(2);
    await cache.ensure(0, 9);
    expect(calls).toHaveLength(2); // fresh now: no refetch
  });

  it("drops a reply that an invalidate overtook", async () => {
    const { fetchPage } = source({ ...DEFAULT_QUERY, status: "unread" });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    // The first request is held until after the library changed and a fresh request went out.
    let n = 0;
    const held: FetchPage = async (offset, limit) => {
      const result = await fetchPage(offset, limit);
      if (n++ === 0) await gate;
      return result;
    };
    const cache = new PageCache(held, { pageSize: 100 });
    const slow = cache.ensure(0, 99);
    const firstId = (await core.api("query", { limit: 1 })).items[0]?.id ?? "";
    await core.api("setStatus", { ids: [firstId], status: "reading" });
    cache.invalidate();
    await cache.ensure(0, 99);
    expect(cache.total).toBe(85);
    release();
    await slow;
    expect(cache.total).toBe(85);
    expect(cache.indexOf(firstId)).toBe(-1);
  });

  it("forgets pages past the end when the result set shrinks", async () => {
    const query: ListQuery = { ...DEFAULT_QUERY, status: "unread" };
    const { fetchPage } = source(query);
    const cache = new PageCache(fetchPage, { pageSize: 10 });
    await cache.ensure(80, 85);
    expect(cache.rowAt(85)).toBeDefined();
    const some = (await core.api("query", { limit: 20 })).items.map((r) => r.id);
    await core.api("setStatus", { ids: some, status: "read" });
    cache.invalidate();
    await cache.ensure(0, 9);
    expect(cache.total).toBe(66);
    expect(cache.rowAt(85)).toBeUndefined();
  });

  it("keeps at most maxPages pages, dropping the least recently used", async () => {
    const { fetchPage, calls } = source();
    const cache = new PageCache(fetchPage, { pageSize: 10, maxPages: 2 });
    await cache.ensure(0, 0);
    await cache.ensure(10, 10);
    await cache.ensure(0, 0); // page 0 used again: page 1 is now the oldest
    await cache.ensure(20, 20);
    expect(cache.rowAt(0)).toBeDefined();
    expect(cache.rowAt(10)).toBeUndefined();
    expect(cache.rowAt(20)).toBeDefined();
    expect(calls).toHaveLength(3);
  });

  it("reports a failed page and loads it on the next ask", async () => {
    const errors: unknown[] = [];
    let fail = true;
    const flaky: FetchPage = (offset, limit) =>
      fail ? Promise.reject(new Error("offline")) : core.api("query", { offset, limit });
    const cache = new PageCache(flaky, { pageSize: 10, onError: (e) => errors.push(e) });
    await cache.ensure(0, 9);
    expect(errors).toHaveLength(1);
    expect(cache.total).toBeUndefined();
    fail = false;
    await cache.ensure(0, 9);
    expect(cache.total).toBe(86);
  });

  it("notifies subscribers when rows arrive", async () => {
    const { fetchPage } = source();
    const cache = new PageCache(fetchPage, { pageSize: 10 });
    let seen = 0;
    const off = cache.subscribe(() => {
      seen += 1;
    });
    await cache.ensure(0, 19);
    expect(seen).toBe(2);
    off();
    await cache.ensure(20, 29);
    expect(seen).toBe(2);
  });

  it("pages a filtered and sorted query exactly like one big query", async () => {
    const query: ListQuery = { ...DEFAULT_QUERY, text: "learning", sort: { key: "title", dir: "desc" } };
    const { fetchPage } = source(query);
    const cache = new PageCache(fetchPage, { pageSize: 7 });
    const whole: QueryResult = await core.api("query", queryArg(query, 0, 500));
    await cache.ensure(0, whole.total - 1);
    expect(cache.total).toBe(whole.total);
    expect(whole.total).toBeGreaterThan(7);
    for (let i = 0; i < whole.total; i++) expect(cache.rowAt(i)?.id).toBe(whole.items[i]?.id);
  });
});

describe("QueryCaches", () => {
  it("gives one cache per key and keeps only the most recent few", () => {
    const made: string[] = [];
    const caches = new QueryCaches(2);
    const make = (key: string) => () => {
      made.push(key);
      return new PageCache(() => Promise.reject(new Error("unused")));
    };
    const a = caches.get("a", make("a"));
    expect(caches.get("a", make("a"))).toBe(a);
    caches.get("b", make("b"));
    caches.get("c", make("c"));
    expect(caches.get("a", make("a"))).not.toBe(a);
    expect(made).toEqual(["a", "b", "c", "a"]);
  });
});
