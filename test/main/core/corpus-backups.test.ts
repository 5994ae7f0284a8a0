/**
 * corpus.json's backups: the newest one always holds the newest corpus, so restoring a damaged
 * corpus.json after an import was folded into it brings every imported paper back.
 */
import { readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const IMPORTED = 600;

/** A BibTeX file of `n` distinct papers. */
function bibtex(n: number): string {
  const entries = [];
  for (let i = 0; i < n; i++) {
    entries.push(
      `@article{synthetic${i},\n  title = {Synthetic study number ${i}},\n  author = {Doe, Jane},\n  year = {2021}\n}`,
    );
  }
  return entries.join("\n\n");
}

/** Seed, import 600 papers, close: the overlay (over FOLD_OVERLAY_AT) is folded into corpus.json. */
async function importAndFold(): Promise<void> {
  const lib = await openSeeded(dir);
  const preview = await call(lib.handlers, "previewImport", { text: bibtex(IMPORTED), filename: "many.bib" });
  expect(preview.added).toBe(IMPORTED);
  await call(lib.handlers, "commitImport", { token: preview.token });
  await lib.close();
  const folded = JSON.parse(await readFile(join(dir, "corpus.json"), "utf8")) as { papers: unknown[] };
  expect(folded.papers).toHaveLength(86 + IMPORTED);
  const library = JSON.parse(await readFile(join(dir, "library.json"), "utf8")) as { corpus: object };
  expect(Object.keys(library.corpus)).toHaveLength(0);
}

const corpusBackups = async () => (await readdir(join(dir, "backups"))).filter((f) => f.startsWith("corpus-")).sort();

async function expectAllRestored(): Promise<void> {
  const lib = await openSeeded(dir);
  try {
    expect(lib.notices).toHaveLength(1);
    expect(lib.notices[0]).toMatch(
      new RegExp(
        `^corpus\\.json could not be read \\(not valid JSON .*\\)\\. It was moved to .*corpus\\.json\\.corrupt-.*; ` +
          `the backup corpus-.*\\.json \\(${86 + IMPORTED} papers, from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\) was restored\\.$`,
      ),
    );
    expect((await call(lib.handlers, "stats", {})).total).toBe(86 + IMPORTED);
    expect((await call(lib.handlers, "query", { text: "Synthetic study number 599" })).total).toBeGreaterThan(0);
  } finally {
    await lib.close();
  }
}

describe("a damaged corpus.json after an import was folded into it", () => {
  it("restores all 686 papers, and the notice names the count and the backup's date", async () => {
    await importAndFold();
    await writeFile(join(dir, "corpus.json"), '{"schemaVersion":1,"papers":[{"id":');
    await expectAllRestored();
  });

  it("the notice's date is the backup's", async () => {
    await importAndFold();
    const [newest] = (await corpusBackups()).reverse();
    await writeFile(join(dir, "corpus.json"), "garbage");
    const lib = await openSeeded(dir);
    try {
      const stamp = /^corpus-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)/.exec(newest ?? "");
      expect(lib.notices[0]).toContain(`from ${stamp?.[1]} ${stamp?.[2]}:${stamp?.[3]} UTC`);
    } finally {
      await lib.close();
    }
  });

  it("also when an older Folio backed up only before writing: the next start backs the corpus up", async () => {
    await importAndFold();
    // What an older Folio left: its newest corpus backup is the bundled 86, older than corpus.json.
    const backups = await corpusBackups();
    const seedOnly = backups[0] ?? "";
    for (const f of backups.slice(1)) await rm(join(dir, "backups", f));
    const seedCopy = JSON.parse(await readFile(join(dir, "backups", seedOnly), "utf8")) as { papers: unknown[] };
    expect(seedCopy.papers).toHaveLength(86);
    await utimes(join(dir, "backups", seedOnly), new Date(2000, 0, 1), new Date(2000, 0, 1));
    const lib = await openSeeded(dir);
    expect(lib.notices).toEqual([]);
    await lib.close();
    await writeFile(join(dir, "corpus.json"), "garbage");
    await expectAllRestored();
  });
});
