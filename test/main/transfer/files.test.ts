/** Reading import files and writing exports, the parts the CLI and the Electron shell share. */
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readImportFile } from "../../../main/transfer/read-import-file";
import { checkTarget, createFreshFolder, writeExport } from "../../../main/transfer/write-export";
import type { ExportResult } from "../../../shared/api/contract";
import { LIMITS } from "../../../shared/api/schemas";
import { makeTempDir, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe("readImportFile", () => {
  it("returns the text and the base name", async () => {
    await writeFile(join(dir, "refs.bib"), "\uFEFF@misc{a, title={A}}\n");
    expect(await readImportFile(join(dir, "refs.bib"))).toEqual({
      text: "@misc{a, title={A}}\n",
      filename: "refs.bib",
    });
  });

  it("refuses a file over the import limit before reading it", async () => {
    const path = join(dir, "huge.bib");
    await writeFile(path, "");
    const { truncate } = await import("node:fs/promises");
    await truncate(path, LIMITS.importBytes + 1);
    await expect(readImportFile(path)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      message: expect.stringMatching(/is 64\.0 MB; Folio imports files of at most 64\.0 MB/),
    });
  });
});

function result(format: ExportResult["format"], files: ExportResult["files"]): ExportResult {
  return { format, suggestedName: "x", mime: "text/plain", papers: files.length, files };
}

describe("writeExport", () => {
  it("refuses paths that would leave the export folder", async () => {
    const out = join(dir, "notes");
    for (const path of ["../escape.md", "/etc/evil.md", "a/../../escape.md", ""]) {
      await expect(
        writeExport(out, result("markdown-folder", [{ path, content: "x" }]), { force: true }),
      ).rejects.toThrow(/outside the export folder/);
    }
    expect(await readdir(dir)).toEqual(["notes"]);
  });

  it("writes through a link to a file instead of replacing the link", async () => {
    const real = join(dir, "real.bib");
    await writeFile(real, "old");
    await symlink(real, join(dir, "link.bib"));
    await writeExport(join(dir, "link.bib"), result("bibtex", [{ path: "x.bib", content: "new" }]), { force: true });
    expect(await readFile(real, "utf8")).toBe("new");
  });

  it("checkTarget: a new path is fine; an existing file only with force", async () => {
    await expect(checkTarget(join(dir, "new.csv"), "csv", { force: false })).resolves.toBeUndefined();
    await writeFile(join(dir, "old.csv"), "x");
    await expect(checkTarget(join(dir, "old.csv"), "csv", { force: false })).rejects.toThrow(/already exists$/);
    await expect(checkTarget(join(dir, "old.csv"), "csv", { force: true })).resolves.toBeUndefined();
    await expect(checkTarget(join(dir, "old.csv"), "markdown-folder", { force: true })).rejects.toThrow(
      /is not a folder/,
    );
  });
});

describe("createFreshFolder", () => {
  it("never reuses a folder: name, then name (2), name (3)", async () => {
    await mkdir(join(dir, "folio-notes"));
    expect(await createFreshFolder(dir, "folio-notes")).toBe(join(dir, "folio-notes (2)"));
    expect(await createFreshFolder(dir, "folio-notes")).toBe(join(dir, "folio-notes (3)"));
  });
});
