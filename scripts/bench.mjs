// `npm run bench [-- --sizes 1000,10000] [--compare 10000|none] [--only library|import|import-latency] [--import-runs 3] [--dir /tmp/folio-bench]`
// Generates seeded libraries (bench/generate.ts), then measures each size in fresh child processes:
// the real core (open to first rows, durable edits, event-loop stalls) and the search engine (index
// ready, query latency over 200+ typed queries, import), each beside the naive design measured in the
// same run. Then imports 10,000-entry files (BibTeX, CSL-JSON, RIS, a real BibTeX file tiled) into a
// fresh library, and times other calls while such a file is previewed (bench/import-latency.mjs). Optionally compares MiniSearch and FlexSearch on the same corpus. Prints figures; asserts
// nothing. Bench sources are TypeScript, bundled here with esbuild into dist/bench/.
import { spawn } from "node:child_process";
import { cp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchImportLatency } from "../bench/import-latency.mjs";
import { buildBenchChildren, pristineLibrary, sizeDir } from "../bench/pristine.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const sizes = option("sizes", "1000,10000,100000").split(",").map(Number).filter(Boolean);
const compareSizes = option("compare", "10000") === "none" ? [] : option("compare", "10000").split(",").map(Number);
const base = option("dir", join(tmpdir(), "folio-bench"));
const only = option("only", "all");
const importRuns = Math.max(1, Number(option("import-runs", "3")));
const REAL_BIB = "test/fixtures/import/mlresearch-v89-aistats2019.bib";
const seedPath = "data/trending-papers.txt";

await buildBenchChildren([
  "open-child",
  "engine-child",
  "generate-child",
  "compare-child",
  "import-child",
  "import-latency-child",
]);

function run(entry, childArgs, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, `dist/bench/${entry}.mjs`, ...childArgs.map(String)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) reject(new Error(`${entry} exited with ${code}`));
      else resolve(JSON.parse(last));
    });
  });
}

async function dataDir(size, name) {
  const pristine = await pristineLibrary(base, size);
  const work = join(sizeDir(base, size), name);
  await rm(work, { recursive: true, force: true });
  await cp(pristine, work, { recursive: true });
  return work;
}

const TARGETS = {
  firstRows: 1500,
  ready: 10_000,
  queryP95: 16,
  editP95: 5,
  stall: 50,
  rss: 600,
};

const ms = (v) =>
  v === undefined || Number.isNaN(v) ? "—" : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(v < 1 ? 3 : 1)} ms`;
const mb = (v) => `${Math.round(v)} MB`;
const ratio = (ours, naive) => (ours > 0 && naive > 0 ? `${(naive / ours).toFixed(naive / ours >= 10 ? 0 : 1)}x` : "");

/** A row printer for columns of these widths. */
function columns(widths) {
  return (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i] ?? 10))
      .join(" ")
      .trimEnd();
}

function table(rows) {
  const widths = [36, 14, 14, 8, 12];
  const line = columns(widths);
  console.log(line(["figure", "Folio", "naive", "gain", "target@100k"]));
  console.log("-".repeat(widths.reduce((a, b) => a + b + 1, 0)));
  for (const r of rows) console.log(line(r));
}

const summary = [];
const library = only === "all" || only === "library";
for (const size of library ? sizes : []) {
  const open = await run("open-child", [await dataDir(size, "open"), 200, size >= 100_000 ? 10 : 20], ["--expose-gc"]);
  const engine = await run("engine-child", [await dataDir(size, "engine"), seedPath, 10_000, 40], ["--expose-gc"]);
  console.log(`\nFolio bench: ${size.toLocaleString("en")} papers (${base})`);
  table([
    ["first rows after process start", ms(open.firstRowsMs), "", "", `<= ${TARGETS.firstRows} ms`],
    ["index ready: first start (built)", ms(engine.readyMs), "", "", `<= ${TARGETS.ready} ms`],
    ["  longest stall while building", ms(engine.buildStallMs), "", "", `<= ${TARGETS.stall} ms`],
    [
      `index ready: next starts (${engine.loadedIndex ? "loaded" : "NOT loaded"})`,
      ms(engine.warmReadyMs),
      "",
      "",
      `<= ${TARGETS.ready} ms`,
    ],
    ["  longest stall while loading", ms(engine.warmStallMs), "", "", `<= ${TARGETS.stall} ms`],
    ["engine memory (heap + typed arrays)", mb(engine.engineHeapMB), "", "", ""],
    [
      `query p50 (${engine.queries} queries)`,
      ms(engine.queryP50),
      ms(engine.naiveP50),
      ratio(engine.queryP50, engine.naiveP50),
      "",
    ],
    [
      "query p95",
      ms(engine.queryP95),
      ms(engine.naiveP95),
      ratio(engine.queryP95, engine.naiveP95),
      `<= ${TARGETS.queryP95} ms`,
    ],
    ["edit durable p50 (setNote)", ms(open.editP50), ms(open.naiveEditP50), ratio(open.editP50, open.naiveEditP50), ""],
    ["  p50 / p95 while the index builds", `${ms(open.editBuildingP50)} / ${ms(open.editBuildingP95)}`, "", "", ""],
    [
      "edit durable p95",
      ms(open.editP95),
      ms(open.naiveEditP95),
      ratio(open.editP95, open.naiveEditP95),
      `<= ${TARGETS.editP95} ms`,
    ],
    [
      "longest stall, 200-edit burst",
      ms(open.burstStallMs),
      ms(open.naiveStallMs),
      ratio(open.burstStallMs, open.naiveStallMs),
      `<= ${TARGETS.stall} ms`,
    ],
    [
      "  snapshot write: chunked vs JSONFile",
      ms(open.chunkedStallMs),
      ms(open.jsonStallMs),
      ratio(open.chunkedStallMs, open.jsonStallMs),
      "",
    ],
    ["import 10k papers: index (sliced)", ms(engine.indexImportMs), "", "", ""],
    ["  longest stall (index)", ms(engine.indexImportStallMs), "", "", `<= ${TARGETS.stall} ms`],
    ["import 10k papers: + corpus.json write", ms(engine.importMs), "", "", ""],
    ["  longest stall (corpus.json via JSONFile)", ms(engine.importStallMs), "", "", ""],
    [
      "peak RSS (core / engine process)",
      `${mb(open.peakRssMB)} / ${mb(engine.peakRssMB)}`,
      "",
      "",
      `<= ${TARGETS.rss} MB`,
    ],
  ]);
  console.log(`slowest queries: ${engine.slowest.map((s) => `${s.label} ${ms(s.ms)}`).join("; ")}`);
  summary.push({ size, open, engine });
}
if (library)
  console.log(
    "\nnaive = today's design measured in the same run: query = core/query.ts runQuery (substring scan);" +
      "\nedit = lowdb JSONFile rewriting the whole library.json per edit (and not fsynced)." +
      "\nFirst rows and edits go through the real openLibrary; they pick up the engine once it is wired in.",
  );

const importFiles = async () => {
  const work = join(base, "import");
  await mkdir(work, { recursive: true });
  const { files } = await run("import-child", ["write", work, seedPath, 10_000, REAL_BIB]);
  return { work, files };
};

if (only === "all" || only === "import") {
  const { work, files } = await importFiles();
  console.log(
    "\nImport 10,000 entries into a fresh library (previewImport + commitImport, a fresh process each;" +
      ` median of ${importRuns} runs, total's range beside it)`,
  );
  const widths = [28, 8, 8, 10, 10, 22, 12, 10];
  const line = columns(widths);
  console.log(line(["file", "MB", "added", "preview", "commit", "total (min-max)", "stall", "parse (warm)"]));
  let peak = 0;
  for (const file of files) {
    const runs = [];
    for (let i = 0; i < importRuns; i++) {
      runs.push(await run("import-child", ["import", work, seedPath, file.path, file.format], ["--expose-gc"]));
    }
    const median = (key) => {
      const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)];
    };
    const totals = runs.map((r) => r.totalMs);
    peak = Math.max(peak, ...runs.map((r) => r.peakRssMB));
    console.log(
      line([
        file.label,
        runs[0].mb.toFixed(1),
        runs[0].added,
        ms(median("previewMs")),
        ms(median("commitMs")),
        `${ms(median("totalMs"))} (${Math.round(Math.min(...totals))}-${Math.round(Math.max(...totals))})`,
        ms(median("stallMs")),
        ms(median("parseMs")),
      ]),
    );
  }
  console.log(`target: total <= 2000 ms for 10,000 entries; peak RSS ${mb(peak)}`);
}

if (only === "all" || only === "import-latency") {
  const { work, files } = await importFiles();
  await benchImportLatency({ run, work, seedPath, files, runs: importRuns });
}

if (compareSizes.length > 0 && only === "all") {
  console.log("\nSearch libraries on the same corpus (each in its own process)");
  const widths = [12, 8, 10, 10, 16, 12, 12, 10];
  const line = columns(widths);
  console.log(line(["library", "size", "build", "heap", "query p50/p95", "update one", "serialized", "load"]));
  for (const size of compareSizes) {
    for (const lib of ["minisearch", "flexsearch"]) {
      try {
        const r = await run("compare-child", [lib, size, seedPath], ["--expose-gc", "--max-old-space-size=8192"]);
        console.log(
          line([
            lib,
            size,
            ms(r.buildMs),
            mb(r.heapMB),
            `${ms(r.queryP50)} / ${ms(r.queryP95)}`,
            ms(r.updateMs),
            `${r.indexMB.toFixed(0)} MB`,
            ms(r.loadMs),
          ]),
        );
      } catch (err) {
        console.log(line([lib, size, `failed: ${err.message}`]));
      }
    }
  }
}
