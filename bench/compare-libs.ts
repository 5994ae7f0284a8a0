/**
 * One search library on one library size, in a process of its own (so heap figures are its own):
 * build time, heap, query p50/p95 over the bench's typed queries, one-paper update cost, serialized
 * index size and load time. Prints one JSON line. Run by scripts/bench.mjs with --expose-gc.
 */
import { readFile } from "node:fs/promises";
import { Document } from "flexsearch";
import MiniSearch from "minisearch";
import { generateLibrary } from "./generate";
import { benchTexts } from "./queries";
import { percentile } from "./stats";

type Doc = {
  id: number;
  title: string;
  abstract: string;
  note: string;
  tags: string;
};

export interface LibFigures {
  lib: string;
  size: number;
  buildMs: number;
  heapMB: number;
  queryP50: number;
  queryP95: number;
  updateMs: number;
  indexMB: number;
  loadMs: number;
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

interface Adapter {
  build(docs: Doc[]): void;
  query(text: string): number;
  update(doc: Doc): void;
  serialize(): Promise<string>;
  load(json: string): Promise<void>;
}

function miniSearch(): Adapter {
  const options = {
    idField: "id",
    fields: ["title", "abstract", "note", "tags"],
    searchOptions: {
      boost: { title: 4, tags: 3, note: 2 },
      combineWith: "AND" as const,
      prefix: (_t: string, i: number, all: string[]) => i === all.length - 1,
      fuzzy: (t: string) => (t.length >= 5 ? 1 : false),
    },
  };
  let index = new MiniSearch<Doc>(options);
  return {
    build: (docs) => index.addAll(docs),
    query: (text) => index.search(text).length,
    update: (doc) => index.replace(doc),
    serialize: async () => JSON.stringify(index),
    load: async (json) => {
      index = MiniSearch.loadJSON<Doc>(json, options);
    },
  };
}

function flexSearch(): Adapter {
  const make = () =>
    new Document<Doc>({
      document: { id: "id", index: ["title", "abstract", "note", "tags"] },
      tokenize: "forward",
    });
  let index = make();
  return {
    build: (docs) => {
      for (const d of docs) index.add(d);
    },
    query: (text) => {
      const res = index.search(text, { limit: 1_000_000, merge: true });
      return Array.isArray(res) ? res.length : 0;
    },
    update: (doc) => {
      index.update(doc);
    },
    serialize: async () => {
      const parts: Record<string, string> = {};
      await index.export((key: string, data: string) => {
        parts[key] = data;
      });
      return JSON.stringify(parts);
    },
    load: async (json) => {
      index = make();
      for (const [k, v] of Object.entries(JSON.parse(json) as Record<string, string>)) index.import(k, v);
    },
  };
}

export async function compareLib(lib: string, size: number, seedPath: string): Promise<LibFigures> {
  const generated = generateLibrary(await readFile(seedPath, "utf8"), size);
  const docs: Doc[] = generated.papers.map((p, i) => {
    const s = generated.states[p.id];
    return { id: i, title: p.title, abstract: p.abstract, note: s?.note ?? "", tags: (s?.tags ?? []).join(" ") };
  });
  const adapter = lib === "flexsearch" ? flexSearch() : miniSearch();
  const before = heapMB();
  let t = performance.now();
  adapter.build(docs);
  const buildMs = performance.now() - t;
  const heap = heapMB() - before;
  const times: number[] = [];
  for (const text of benchTexts()) {
    t = performance.now();
    adapter.query(text);
    times.push(performance.now() - t);
  }
  t = performance.now();
  const updates = 50;
  for (let i = 0; i < updates; i++) {
    const doc = docs[(i * 7919) % docs.length] as Doc;
    adapter.update({ ...doc, note: `${doc.note} edited ${i}`, tags: `${doc.tags} edited` });
  }
  const updateMs = (performance.now() - t) / updates;
  const json = await adapter.serialize();
  t = performance.now();
  await adapter.load(json);
  const loadMs = performance.now() - t;
  return {
    lib,
    size,
    buildMs,
    heapMB: heap,
    queryP50: percentile(times, 0.5),
    queryP95: percentile(times, 0.95),
    updateMs,
    indexMB: json.length / 1e6,
    loadMs,
  };
}
