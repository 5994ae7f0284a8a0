// `npm run bench -- --only import-latency` (also part of a full run): other calls' latency while a
// 10,000-entry BibTeX file is previewed, with parsing in the worker (today) beside parsing on the
// core's thread (before). Each run in a fresh process (bench/import-latency-child.ts).

const ms = (v) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {{ run: (entry: string, args: unknown[], nodeArgs?: string[]) => Promise<any>, work: string,
 *   seedPath: string, files: { label: string, path: string, format: string }[], runs: number }} opts
 */
export async function benchImportLatency({ run, work, seedPath, files, runs }) {
  const file = files.find((f) => f.format === "bibtex");
  if (!file) throw new Error("no BibTeX file to preview");
  console.log(
    `\nOther calls while a 10,000-entry BibTeX file is previewed (${file.label}): a stats or query call due` +
      ` every 10 ms, latency from when it was due; median of ${runs} runs`,
  );
  const pad = (cells) =>
    cells
      .map((c, i) => String(c).padEnd([30, 10, 10, 10, 8, 12][i] ?? 10))
      .join(" ")
      .trimEnd();
  console.log(pad(["parsing", "p50", "p95", "max", "calls", "preview"]));
  for (const mode of ["worker", "inline"]) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      results.push(await run("import-latency-child", [work, seedPath, file.path, file.format, mode]));
    }
    const m = (key) => median(results.map((r) => r[key]));
    const label = mode === "worker" ? "in the parse worker (Folio)" : "on the core's thread (before)";
    console.log(pad([label, ms(m("p50")), ms(m("p95")), ms(m("max")), m("calls"), ms(m("previewMs"))]));
  }
  console.log(
    "target: other calls answer within 100 ms while the file is previewed (what is left on the core's" +
      " thread: planning, in steps of 500 entries)",
  );
}
