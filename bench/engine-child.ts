/**
 * Run in a fresh process on a data dir: the search engine as the library will hold it (built over the
 * stored corpus and states), against the naive design (today's runQuery scan) in the same process.
 * Prints one JSON line: index ready (built from the text, then loaded from search-index.bin), longest
 * stall while building, the engine's heap, query p50/p95 (and the naive's),
 * the slowest queries, importing papers (index + corpus.json write), peak RSS.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runQuery } from "../main/core/query";
import { CorpusStore } from "../main/core/store/corpus-store";
import { createSearch } from "../main/search/engine";
import { DEFAULT_PAPER_STATE, type PaperState } from "../shared/model/user-state";
import { generateLibrary } from "./generate";
import { benchQueries } from "./queries";
import { peakRssMB, percentile, stallProbe } from "./stats";

const [dataDir = "", seedPath = "", importArg = "10000", naiveArg = "40"] = process.argv.slice(2);

const corpus = await CorpusStore.open(dataDir);
const library = JSON.parse(await readFile(join(dataDir, "library.json"), "utf8")) as {
  papers: Record<string, PaperState>;
};
const stateOf = (id: string): PaperState => library.papers[id] ?? { ...DEFAULT_PAPER_STATE, tags: [], highlights: [] };

const source = { papers: () => corpus.all(), paper: (id: string) => corpus.get(id), stateOf };
const gc = (globalThis as { gc?: () => void }).gc;
// First start: built from the text (and search-index.bin written); then a start that loads it.
// Typed arrays live outside the JS heap: count both.
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
gc?.();
const heapBefore = used();
let stopBuild = stallProbe();
let t0 = performance.now();
let cold: ReturnType<typeof createSearch> | undefined = createSearch(source, { dataDir });
await cold.whenReady;
const readyMs = performance.now() - t0;
const buildStallMs = stopBuild();
await cold.close();
gc?.();
const engineHeapMB = (used() - heapBefore) / 1e6;
cold = undefined;
gc?.();
stopBuild = stallProbe();
t0 = performance.now();
const engine = createSearch(source, { dataDir });
await engine.whenReady;
const warmReadyMs = performance.now() - t0;
const warmStallMs = stopBuild();

const queries = benchQueries();
// One warm-up pass (JIT), then the measured pass; the answers are cached per text only until an edit.
for (const q of queries) engine.query(q);
engine.updateState(corpus.all()[0]?.id ?? "", stateOf(corpus.all()[0]?.id ?? "")); // drop cached answers
const times: { label: string; ms: number }[] = [];
for (const q of queries) {
  const t = performance.now();
  engine.query(q);
  times.push({
    label: `${q.text || "(no text)"} [${q.sort.key}${q.offset ? ` @${q.offset}` : ""}]`,
    ms: performance.now() - t,
  });
}
const naive: number[] = [];
const naiveRuns = Number(naiveArg);
const step = Math.max(1, Math.floor(queries.length / naiveRuns));
for (let i = 0; i < queries.length; i += step) {
  const q = queries[i];
  if (!q) continue;
  const t = performance.now();
  runQuery(corpus.all(), stateOf, q);
  naive.push(performance.now() - t);
}

// Import: new papers into the index and corpus.json (the store writes the whole file once).
const extra = generateLibrary(await readFile(seedPath, "utf8"), Number(importArg), 7, 3000).papers;
const t1 = performance.now();
const stopIndexImport = stallProbe();
await engine.upsertPapers(extra);
const indexImportMs = performance.now() - t1;
const indexImportStallMs = stopIndexImport();
const stopImport = stallProbe();
await corpus.add(extra);
const importMs = performance.now() - t1;
const importStallMs = stopImport();

const ms = times.map((t) => t.ms);
console.log(
  JSON.stringify({
    readyMs,
    buildStallMs,
    warmReadyMs,
    warmStallMs,
    loadedIndex: engine.loadedIndex,
    engineHeapMB,
    buildSlices: engine.buildSlices,
    queryP50: percentile(ms, 0.5),
    queryP95: percentile(ms, 0.95),
    queries: ms.length,
    naiveP50: percentile(naive, 0.5),
    naiveP95: percentile(naive, 0.95),
    slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 5),
    importMs,
    indexImportMs,
    indexImportStallMs,
    importStallMs,
    peakRssMB: peakRssMB(),
  }),
);
