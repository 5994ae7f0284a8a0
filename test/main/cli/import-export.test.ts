/** `folio import` and `folio export` in-process, on a temp data dir, with the real fixture files. */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir, removeDir } from "../../helpers/temp-library";
import { expectUsageError, run } from "./helpers";

const FIXTURES = fileURLToPath(new URL("../../fixtures/import/", import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
/** BibDesk BibLaTeX: six entries, none of them in the bundled page. */
const BIB = fixture("bbt-biblatex-crossref-date-3514.bib");
const BIB_TITLE = "Cosmopolítica e linguagem";

let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await makeTempDir();
  dataDir = join(root, "data");
});
afterEach(async () => {
  await removeDir(root);
});

const journal = () => readFile(join(dataDir, "library.journal"), "utf8").catch(() => "");

async function titles(dir: string): Promise<string[]> {
  const { code, stdout } = await run(["list", "--data-dir", dir, "--json"]);
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { title: string }[]).map((e) => e.title).sort();
}

/** Everything an import could have changed on disk. */
async function snapshot(dir: string) {
  const read = (name: string) => readFile(join(dir, name), "utf8").catch(() => "(absent)");
  return {
    journal: await read("library.journal"),
    library: await read("library.json"),
    corpus: await read("corpus.json"),
  };
}

describe("usage", () => {
  it("--help lists import and export with their options", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    for (const word of ["import FILE", "export", "Options for import:", "Options for export:"]) {
      expect(stdout).toContain(word);
    }
    for (const option of ["--format FORMAT", "--dry-run", "--json", "--no-keywords", "--out PATH", "--query Q"]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/--bom\s/);
    expect(stdout).toMatch(/--force\s/);
    expect(stdout).toContain("markdown-folder");
  });

  it.each([
    [["import"], /import needs FILE/],
    [["import", "a.bib", "b.bib"], /not also "b\.bib"/],
    [["import", BIB, "--format", "docx"], /--format must be one of trending-page, bibtex/],
    [["export", "--out", "x.bib"], /export needs --format/],
    [["export", "--format", "docx", "--out", "x"], /--format must be one of markdown, markdown-folder/],
    [["export", "--format", "bibtex"], /export needs --out PATH/],
  ])("%j exits 2 with the usage", async (argv, message) => {
    await expectUsageError(argv, message);
  });
});

describe("folio import", () => {
  it("--dry-run prints the report and writes nothing", async () => {
    const { code, stdout, stderr } = await run(["import", BIB, "--dry-run", "--data-dir", dataDir]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("bbt-biblatex-crossref-date-3514.bib: BibTeX, 6 entries");
    expect(stdout).toContain("6 new, 0 merged, 0 skipped");
    expect(stdout).toContain(`+ ${BIB_TITLE}`);
    expect(stdout).toContain("Dry run: nothing was written");
    expect(await journal()).toBe("");
    expect(await titles(dataDir)).toHaveLength(86);
  });

  it("imports a real BibTeX file in one step; the same file again adds nothing", async () => {
    const first = await run(["import", BIB, "--data-dir", dataDir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Imported 6 new papers, merged 0, skipped 0.");
    expect((await journal()).trim().split("\n")).toHaveLength(1);
    const all = await titles(dataDir);
    expect(all).toHaveLength(92);
    expect(all).toContain(BIB_TITLE);

    const again = await run(["import", BIB, "--data-dir", dataDir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("0 new, 0 merged, 6 skipped");
    expect(again.stdout).toContain(`- ${BIB_TITLE}: Already in the library`);
    expect(again.stdout).toContain("Nothing was imported");
    expect(await titles(dataDir)).toHaveLength(92);
  });

  it("--json prints one object: the preview plus committed, or dryRun", async () => {
    const dry = await run(["import", BIB, "--json", "--dry-run", "--data-dir", dataDir]);
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout);
    expect(preview).toMatchObject({ format: "bibtex", entries: 6, added: 6, merged: 0, skipped: 0, dryRun: true });
    expect(preview.addedTitles).toContain(BIB_TITLE);
    expect(preview).not.toHaveProperty("token");
    expect(preview).not.toHaveProperty("committed");

    const real = JSON.parse((await run(["import", BIB, "--json", "--data-dir", dataDir])).stdout);
    expect(real).toMatchObject({
      added: 6,
      committed: { added: 6, merged: 0, skipped: 0, undoLabel: expect.any(String) },
    });
    expect(real).not.toHaveProperty("dryRun");
  });

  it("reports parser problems with line numbers and skipped entries with reasons", async () => {
    const { code, stdout } = await run(["import", fixture("handmade-wrapped.ris"), "--data-dir", dataDir]);
    expect(code).toBe(0);
    expect(stdout).toContain("2 new, 0 merged, 1 skipped");
    expect(stdout).toContain("- (no title): No title");
    expect(stdout).toMatch(/line 3: "AU" line outside a record/);
    expect(stdout).toMatch(/line 25: Record 3 \(line 25\) has no "ER {2}-" end line/);
  });

  it("--no-keywords leaves the file's keywords out of the tags", async () => {
    const ris = fixture("ris-zotero-eucap2019.ris");
    const withTags = JSON.parse((await run(["import", ris, "--json", "--dry-run", "--data-dir", dataDir])).stdout);
    expect(withTags.added).toBe(14);
    await run(["import", ris, "--no-keywords", "--data-dir", dataDir]);
    const { stdout } = await run(["list", "--data-dir", dataDir, "--json"]);
    const imported = (JSON.parse(stdout) as { title: string; tags: string[] }[]).filter((e) =>
      withTags.addedTitles.includes(e.title),
    );
    expect(imported).toHaveLength(14);
    for (const e of imported) expect(e.tags).toEqual([]);
  });

  it("--format overrides detection", async () => {
    const { code, stderr } = await run(["import", BIB, "--format", "ris", "--data-dir", dataDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^folio: /);
    expect(await titles(dataDir)).toHaveLength(86);
  });
});

describe("unreadable input exits 1 with a clear message and changes nothing", () => {
  async function expectRefused(path: string, message: RegExp): Promise<void> {
    await run(["list", "--data-dir", dataDir]); // an existing library, to compare against
    const before = await snapshot(dataDir);
    const { code, stdout, stderr } = await run(["import", path, "--data-dir", dataDir]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^folio: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain("Usage:");
    expect(await snapshot(dataDir)).toEqual(before);
  }

  it("a missing file", async () => {
    await expectRefused(join(root, "nope.bib"), /cannot read ".*nope\.bib": there is no such file/);
  });

  it("a folder", async () => {
    await expectRefused(FIXTURES, /is a folder, not a file/);
  });

  it("random bytes", async () => {
    const bytes = Buffer.alloc(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = x >>> 16;
    }
    const path = join(root, "garbage.bib");
    await writeFile(path, bytes);
    await expectRefused(path, /looks like a binary file, not text/);
  });

  it("text in no format Folio knows", async () => {
    const path = join(root, "shopping.txt");
    await writeFile(path, "eggs\nmilk\nbread\n");
    await expectRefused(path, /Could not recognise the format of "shopping\.txt"/);
  });

  it("an empty file", async () => {
    const path = join(root, "empty.ris");
    await writeFile(path, "");
    await expectRefused(path, /is empty/);
  });

  it("a truncated Folio backup", async () => {
    const backup = join(root, "backup.json");
    expect((await run(["export", "--format", "json", "--out", backup, "--data-dir", dataDir])).code).toBe(0);
    const text = await readFile(backup, "utf8");
    await writeFile(backup, text.slice(0, Math.floor(text.length / 2)));
    await expectRefused(backup, /backup is not valid JSON/);
  });
});

describe("folio export", () => {
  it("BibTeX out, then into a fresh library: the same titles", async () => {
    await run(["import", BIB, "--data-dir", dataDir]);
    const out = join(root, "library.bib");
    const { code, stdout } = await run(["export", "--format", "bibtex", "--out", out, "--data-dir", dataDir]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Exported 92 papers to ${out}\n`);
    expect(await readFile(out, "utf8")).toMatch(/^@\w+\{/m);

    const fresh = join(root, "fresh");
    const json = JSON.parse((await run(["import", out, "--json", "--data-dir", fresh])).stdout);
    expect(json).toMatchObject({ format: "bibtex", entries: 92, added: 6, problems: [] });
    expect(json.merged + json.skipped).toBe(86);
    expect(await titles(fresh)).toEqual(await titles(dataDir));
  });

  it("--query exports only the papers the search matches", async () => {
    await run(["import", BIB, "--data-dir", dataDir]);
    const out = join(root, "mercosur.csl.json");
    const { code, stdout } = await run([
      "export",
      "--format",
      "csl-json",
      "--query",
      "Mercosur",
      "--out",
      out,
      "--data-dir",
      dataDir,
    ]);
    expect(code).toBe(0);
    const items = JSON.parse(await readFile(out, "utf8")) as { title: string }[];
    expect(stdout).toBe(`Exported ${items.length} papers to ${out}\n`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(6);
    for (const item of items) expect(item.title).toMatch(/Merco(sur|sul)/);
  });

  it("markdown-folder writes one file per paper with front matter and the note", async () => {
    const out = join(root, "notes");
    const { code, stdout } = await run(["export", "--format", "markdown-folder", "--out", out, "--data-dir", dataDir]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Exported 86 papers to ${out}\n`);
    const files = await readdir(out);
    expect(files).toHaveLength(86);
    for (const name of files) expect(name).toMatch(/\.md$/);
    const shs = files.find((f) => f.startsWith("SHS-Net"));
    const text = await readFile(join(out, shs ?? "missing"), "utf8");
    expect(text).toMatch(/^---\ntitle: "?SHS-Net: Learning Signed Hyper Surfaces/);
    expect(text).toMatch(/\nstatus: "?unread"?\n/);
    expect(text).toMatch(/\n---\n/);
  });

  it("markdown-folder refuses a folder that is not empty, unless --force", async () => {
    const out = join(root, "notes");
    await mkdir(out);
    await writeFile(join(out, "mine.md"), "keep me");
    const refused = await run(["export", "--format", "markdown-folder", "--out", out, "--data-dir", dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty; add --force to write into it anyway/);
    expect(await readdir(out)).toEqual(["mine.md"]);

    const forced = await run(["export", "--format", "markdown-folder", "--out", out, "--force", "--data-dir", dataDir]);
    expect(forced.code).toBe(0);
    expect(await readdir(out)).toHaveLength(87);
    expect(await readFile(join(out, "mine.md"), "utf8")).toBe("keep me");
  });

  it("CSV with --bom starts with a byte-order mark and the header", async () => {
    const out = join(root, "papers.csv");
    expect((await run(["export", "--format", "csv", "--bom", "--out", out, "--data-dir", dataDir])).code).toBe(0);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.subarray(3).toString("utf8").split("\r\n")[0];
    expect(header).toMatch(/^id,title,authors,year,venue,doi,arxiv,url,status,priority,starred,tags,note/);

    const plain = join(root, "plain.csv");
    await run(["export", "--format", "csv", "--out", plain, "--data-dir", dataDir]);
    expect((await readFile(plain, "utf8")).startsWith("id,title,")).toBe(true);
  });

  it("refuses to overwrite a file unless --force", async () => {
    const out = join(root, "papers.bib");
    await writeFile(out, "my own file");
    const refused = await run(["export", "--format", "bibtex", "--out", out, "--data-dir", dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`folio: "${out}" already exists; add --force to replace it\n`);
    expect(await readFile(out, "utf8")).toBe("my own file");
    expect(await stat(dataDir).catch(() => undefined)).toBeUndefined(); // refused before opening anything

    const forced = await run(["export", "--format", "bibtex", "--out", out, "--force", "--data-dir", dataDir]);
    expect(forced.code).toBe(0);
    expect(await readFile(out, "utf8")).toMatch(/^@/m);
    expect(await readdir(root)).toEqual(expect.arrayContaining(["papers.bib"]));
    expect((await readdir(root)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a folder given as the file to write", async () => {
    const { code, stderr } = await run(["export", "--format", "json", "--out", root, "--data-dir", dataDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is a folder; give the name of the file to write/);
  });
});
