/**
 * Run in a fresh process on a data dir: the real core, as the app opens it. Prints one JSON line:
 * time from process start to the first window of rows, one edit durable (setNote: journal fsync)
 * p50/p95, the longest event-loop stall during a burst of edits and the snapshot write that follows,
 * the same snapshot written with JSONFile vs ChunkedJSONFile, the naive design's edit (whole-file
 * lowdb rewrite per edit), and peak RSS.
 */
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";
import { call } from "../main/core/dispatch";
import { openLibrary } from "../main/core/library";
import { ChunkedJSONFile } from "../main/core/store/chunked-json-file";
import { peakRssMB, percentile, sleep, stallProbe } from "./stats";

const [dataDir = "", editsArg = "200", naiveArg = "20"] = process.argv.slice(2);

async function timeEach(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  return times;
}

async function snapshotStall(path: string, adapter: "json" | "chunked"): Promise<number> {
  const data: unknown = JSON.parse(await readFile(path, "utf8"));
  const target = `${path}.${adapter}.bench`;
  const file = adapter === "json" ? new JSONFile<unknown>(target) : new ChunkedJSONFile<unknown>(target);
  (globalThis as { gc?: () => void }).gc?.(); // start both from a collected heap
  const stop = stallProbe();
  await sleep(20); // let the probe's timer run before the write starts
  await file.write(data);
  await sleep(20);
  return stop();
}

const lib = await openLibrary({ dataDir });
const first = await call(lib.handlers, "query", { limit: 100 });
const firstRowsMs = performance.now();
const ids = first.items.map((r) => r.id);
const edits = Number(editsArg);
const pick = (i: number) => ids[i % ids.length] as string;

// Edits right after start share the event loop with the index build (slices of a few ms).
const editBuilding = await timeEach(Math.min(edits, 50), (i) =>
  call(lib.handlers, "setNote", { id: pick(i), note: `early note ${i}` }),
);
// Then the steady state: wait (at most 90 s) until the index is ready.
const readyBy = performance.now() + 90_000;
while (!(await call(lib.handlers, "query", { limit: 0 })).indexed && performance.now() < readyBy) await sleep(250);
const edit = await timeEach(edits, (i) => call(lib.handlers, "setNote", { id: pick(i), note: `bench note ${i}` }));
// A burst: edits fired without waiting (as typing does), then the idle-time snapshot write.
await sleep(2000);
const stopBurst = stallProbe();
await Promise.all(
  Array.from({ length: edits }, (_, i) => call(lib.handlers, "setNote", { id: pick(i), note: `burst ${i}` })),
);
await sleep(2500);
const burstStallMs = stopBurst();
await lib.close();

const libraryPath = join(dataDir, "library.json");
const jsonStallMs = await snapshotStall(libraryPath, "json");
const chunkedStallMs = await snapshotStall(libraryPath, "chunked");

// The naive design: every edit rewrites the whole library.json through lowdb's JSONFile.
const naivePath = join(dataDir, "library.naive.json");
await copyFile(libraryPath, naivePath);
const naive = new Low<{ papers: Record<string, { note: string }> }>(new JSONFile(naivePath), { papers: {} });
await naive.read();
const naiveEdits = Number(naiveArg);
const naiveStop = stallProbe();
const naiveEdit = await timeEach(naiveEdits, async (i) => {
  const state = naive.data.papers[pick(i)];
  if (state) state.note = `naive ${i}`;
  await naive.write();
});
const naiveStallMs = naiveStop();

console.log(
  JSON.stringify({
    firstRowsMs,
    total: first.total,
    editP50: percentile(edit, 0.5),
    editP95: percentile(edit, 0.95),
    editBuildingP50: percentile(editBuilding, 0.5),
    editBuildingP95: percentile(editBuilding, 0.95),
    burstStallMs,
    jsonStallMs,
    chunkedStallMs,
    naiveEditP50: percentile(naiveEdit, 0.5),
    naiveEditP95: percentile(naiveEdit, 0.95),
    naiveStallMs,
    peakRssMB: peakRssMB(),
  }),
);
