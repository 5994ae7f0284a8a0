/**
 * Other calls' latency while a large file is previewed. Run in a fresh process: open a fresh library
 * (the seed page), wait for its index, then preview FILE while a `stats` or `query` call is due every
 * 10 ms. A call's latency runs from when it was due, so a call that could not even be sent while the
 * thread was busy (the inline parse) counts its wait, as a request waiting in the socket would.
 * MODE is "worker" (parsing in the parse worker) or "inline" (parsing on the core's thread, as before).
 * Prints one JSON line: the preview's time, p50/p95/max of the calls' latency and how many there were.
 * FOLIO_BENCH_TRACE=1 prints each call's latency to stderr, by when it was due.
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { call } from "../main/core/dispatch";
import { openLibrary } from "../main/core/library";
import type { PaperFormat } from "../main/formats/import";
import { percentile, sleep } from "./stats";

const [workDir = "", seedPath = "", filePath = "", format = "", mode = "worker"] = process.argv.slice(2);
const EVERY_MS = 10;

const dir = join(workDir, `latency-${mode}`);
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
const lib = await openLibrary({ dataDir: dir, seedPath, inlineParsing: mode === "inline" });
const text = await readFile(filePath, "utf8");
while (!(await call(lib.handlers, "query", { limit: 0 })).indexed) await sleep(50);
// The worker starts on the first import, as in the app: its start-up is part of the figure.
await sleep(100);

const latencies: number[] = [];
const pending: Promise<unknown>[] = [];
let previewing = true;
let due = performance.now();
let n = 0;
/** Send every call that has come due since the last turn, each timed from when it was due. */
function tick(): void {
  const now = performance.now();
  for (; due <= now; due += EVERY_MS) {
    const dueAt = due;
    const request =
      n++ % 2 === 0 ? call(lib.handlers, "stats", {}) : call(lib.handlers, "query", { text: "learning", limit: 50 });
    pending.push(
      request.then(() => {
        latencies.push(performance.now() - dueAt);
        if (process.env.FOLIO_BENCH_TRACE)
          console.error(`due ${Math.round(dueAt - t0)} ms: ${Math.round(performance.now() - dueAt)} ms`);
      }),
    );
  }
  if (previewing) setTimeout(tick, Math.max(0, due - performance.now()));
}

const t0 = performance.now();
tick();
const preview = await call(lib.handlers, "previewImport", { text, format: format as PaperFormat });
const previewMs = performance.now() - t0;
previewing = false;
await Promise.all(pending);
await lib.close();

console.log(
  JSON.stringify({
    mode,
    entries: preview.entries,
    previewMs,
    calls: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: Math.max(...latencies),
  }),
);
