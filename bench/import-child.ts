/**
 * Import 10,000-entry files into a fresh library (the seed page), the way the app does it
 * (previewImport, then commitImport), each in a fresh process as the first import after a start.
 * Prints one JSON line: the preview, the commit, their sum, the longest event-loop stall (parsing
 * runs in one piece) and then the parse alone (warm).
 *
 * The files: BibTeX, CSL-JSON and RIS for a generated library (authors with accents, venues, DOIs,
 * ~1.5 KB abstracts, some notes), BibTeX and CSL-JSON written by Folio's own exporters; and, when
 * given, a real BibTeX file tiled to 10,000 entries (each copy with its own key, title and DOI, so
 * nothing merges).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { call } from "../main/core/dispatch";
import { openLibrary } from "../main/core/library";
import { type PaperFormat, parseImport } from "../main/formats/import";
import { generateLibrary, prng, writeDataDir } from "./generate";
import { peakRssMB, sleep, stallProbe } from "./stats";

// write WORK SEED COUNT [REAL_BIB]: write the files, print their list.
// import WORK SEED FILE FORMAT: import one file into a fresh library, print the figures.
const [mode = "", workDir = "", seedPath = "", third = "", fourth = ""] = process.argv.slice(2);
const count = Number(third);
const realBib = fourth;
const filePath = third;
const format = fourth;

const GIVEN = ["Martín", "Jürgen", "Zoë", "Hans", "Wei", "Anna", "José", "Søren", "Priya", "Łukasz", "John", "Yann"];
const FAMILY = ["Abadi", "Müller", "van der Berg", "Smith", "Dvořák", "Chen", "García", "Kowalski", "O'Neil", "Ng"];
const VENUES = ["NeurIPS", "Proceedings of ICML", "Journal of Machine Learning Research", "ACL", "Nature"];

/** A library with the fields an import file carries, exported by Folio itself. */
async function exportedFiles(): Promise<{ label: string; text: string; format: PaperFormat }[]> {
  const lib = generateLibrary(await readFile(seedPath, "utf8"), count, 11, 7000);
  const rnd = prng(5);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  lib.papers.forEach((paper, i) => {
    paper.authors = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `${pick(GIVEN)} ${pick(FAMILY)}`);
    paper.year = 2015 + (i % 11);
    paper.venue = pick(VENUES);
    paper.doi = `10.5555/bench.${i}`;
  });
  const dir = join(workDir, "export-source");
  await rm(dir, { recursive: true, force: true });
  await writeDataDir(dir, lib);
  const source = await openLibrary({ dataDir: dir });
  const files = [];
  for (const format of ["bibtex", "csl-json"] as const) {
    const out = await call(source.handlers, "exportLibrary", { format });
    files.push({ label: `${format} (Folio export)`, text: out.files[0]?.content ?? "", format });
  }
  await source.close();
  files.push({ label: "ris (generated)", text: toRis(lib.papers), format: "ris" as const });
  return files;
}

function toRis(papers: ReturnType<typeof generateLibrary>["papers"]): string {
  return papers
    .map((p) =>
      [
        "TY  - JOUR",
        `TI  - ${p.title}`,
        ...p.authors.map((a) => `AU  - ${a}`),
        `PY  - ${p.year}`,
        `JO  - ${p.venue}`,
        `DO  - ${p.doi}`,
        `AB  - ${p.abstract}`,
        "ER  - ",
        "",
      ].join("\r\n"),
    )
    .join("\r\n");
}

/** Copies of a real file's entries, each with a fresh key, title and DOI, up to `count`. */
function tiled(text: string): string {
  const entries = text.split(/\n(?=@)/).filter((e) => /^@\s*(?!string|preamble|comment)\w+\s*[{(]/i.test(e));
  const head = text.split(/\n(?=@)/).filter((e) => /^@\s*(string|preamble)/i.test(e));
  const out = [...head];
  for (let i = 0; out.length - head.length < count; i++) {
    const entry = entries[i % entries.length] ?? "";
    out.push(
      entry
        .replace(/^(@\s*\w+\s*[{(]\s*)([^,\s]*)/, `$1$2-copy${i}`)
        .replace(/(\btitle\s*=\s*[{"])/i, `$1Copy ${i}: `)
        .replace(/(\bdoi\s*=\s*[{"])/i, `$1${i}/`),
    );
  }
  return out.join("\n");
}

if (mode === "write") {
  const files = await exportedFiles();
  if (realBib) {
    files.push({ label: "bibtex (real file, tiled)", text: tiled(await readFile(realBib, "utf8")), format: "bibtex" });
  }
  const written = [];
  for (const file of files) {
    // Kept beside the libraries, to look at or to import by hand.
    const path = join(workDir, `${file.label.replace(/[^a-z0-9-]+/gi, "-")}.txt`);
    await writeFile(path, file.text);
    written.push({ label: file.label, path, format: file.format });
  }
  console.log(JSON.stringify({ files: written }));
} else {
  console.log(JSON.stringify(await importOnce(await readFile(filePath, "utf8"), format as PaperFormat)));
}

/** Import one file into a fresh library, as a first import after starting the app; then time its parse alone. */
async function importOnce(text: string, format: PaperFormat) {
  const dir = join(workDir, "import-target");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const lib = await openLibrary({ dataDir: dir, seedPath });
  await sleep(100);
  (globalThis as { gc?: () => void }).gc?.();
  const stop = stallProbe();
  await sleep(20); // let the probe's timer run before the import starts
  const t0 = performance.now();
  const preview = await call(lib.handlers, "previewImport", { text, format });
  const t1 = performance.now();
  const done = await call(lib.handlers, "commitImport", { token: preview.token });
  const t2 = performance.now();
  const stallMs = stop();
  await lib.close();
  const t = performance.now();
  parseImport(text, format);
  const parseMs = performance.now() - t;
  return {
    entries: preview.entries,
    added: done.added,
    mb: text.length / 1e6,
    parseMs,
    previewMs: t1 - t0,
    commitMs: t2 - t1,
    totalMs: t2 - t0,
    stallMs,
    peakRssMB: peakRssMB(),
  };
}
