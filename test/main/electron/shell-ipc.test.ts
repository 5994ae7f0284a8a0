/** The Electron-only shell methods (native dialogs) over IPC, against the real core and real files. */
import { readdir, readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BrowserWindow, dialog, ipcMain, ipcRenderer } from "electron";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Library } from "../../../main/core/library";
import { registerIpc, trustMainFrameOf } from "../../../main/electron/ipc";
import { shellHandlers } from "../../../main/electron/shell-ipc";
import type { Envelope } from "../../../shared/api/errors";
import { LIMITS, METHOD_NAMES } from "../../../shared/api/schemas";
import { SHELL_METHOD_NAMES } from "../../../shared/api/shell";
import { fake, resetFake } from "../../fakes/electron";
import { FILES, firstPapers, openSeededLibrary, removeDir, tempDir } from "./helpers";

vi.mock("electron", () => import("../../fakes/electron"));

const RIS = fileURLToPath(new URL("../../fixtures/import/ris-zotero-eucap2019.ris", import.meta.url));

let dir: string;
let out: string;
let library: Library;
let win: BrowserWindow;
let unregister: () => void;

async function invoke(method: string, arg?: unknown): Promise<Envelope<unknown>> {
  return (await ipcRenderer.invoke(`folio-shell:${method}`, arg)) as Envelope<unknown>;
}

beforeEach(async () => {
  resetFake();
  dir = await tempDir();
  out = await tempDir();
  library = await openSeededLibrary(dir);
  win = new BrowserWindow({});
  await win.loadURL(FILES.pageUrl);
  const shell = shellHandlers({ dialog, window: () => win, library });
  unregister = registerIpc(
    ipcMain,
    library,
    trustMainFrameOf(() => win, FILES.pageUrl),
    shell,
  );
});

afterEach(async () => {
  await library.close();
  await removeDir(dir);
  await removeDir(out);
});

describe("registration", () => {
  it("registers every contract method and every shell method exactly once; unregister removes them", () => {
    const expected = [
      ...METHOD_NAMES.map((m) => `folio:${m}`),
      ...SHELL_METHOD_NAMES.map((m) => `folio-shell:${m}`),
    ].sort();
    expect([...fake.ipcMain.registrations].sort()).toEqual(expected);
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it("refuses an untrusted sender before any dialog opens", async () => {
    const contents = fake.windowAt(0).webContents;
    fake.ipcRenderer.from = { contents, frame: { url: FILES.pageUrl, parent: contents.mainFrame } };
    fake.dialog.saveAnswers.push({ canceled: false, filePath: join(out, "stolen.json") });
    for (const [method, arg] of [
      ["openImportFile", {}],
      ["saveExport", { format: "json" }],
    ] as const) {
      expect(await invoke(method, arg)).toMatchObject({ ok: false, error: { code: "UNAUTHORIZED" } });
    }
    expect(fake.dialog.shown).toEqual([]);
    expect(await readdir(out)).toEqual([]);
  });

  it("validates arguments like the contract: a bad one opens nothing", async () => {
    expect(await invoke("saveExport", { format: "docx" })).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    expect(await invoke("openImportFile", { path: "/etc/passwd" })).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    expect(fake.dialog.shown).toEqual([]);
  });
});

describe("openImportFile", () => {
  it("reads the file the user picked, in a dialog modal to the window", async () => {
    fake.dialog.openAnswers.push({ canceled: false, filePaths: [RIS] });
    const reply = await invoke("openImportFile", {});
    expect(reply).toEqual({
      ok: true,
      result: { text: await readFile(RIS, "utf8"), filename: "ris-zotero-eucap2019.ris" },
    });
    expect(fake.dialog.shown).toHaveLength(1);
    expect(fake.dialog.shown[0]).toMatchObject({ kind: "open", parent: true, options: { properties: ["openFile"] } });
    expect(JSON.stringify(fake.dialog.shown[0]?.options.filters)).toContain('"bib"');
  });

  it("answers null when the dialog is cancelled", async () => {
    expect(await invoke("openImportFile", {})).toEqual({ ok: true, result: null });
  });

  it("refuses a file over 64 MB and a binary file with a clear message", async () => {
    const big = join(out, "huge.bib");
    await writeFile(big, "");
    await truncate(big, LIMITS.importBytes + 1024);
    fake.dialog.openAnswers.push({ canceled: false, filePaths: [big] });
    const tooBig = await invoke("openImportFile", {});
    expect(tooBig).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENT" } });
    expect(tooBig.ok === false && tooBig.error.message).toMatch(
      /huge\.bib" is 64\.0 MB; Folio imports files of at most/,
    );

    const binary = join(out, "photo.ris");
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    fake.dialog.openAnswers.push({ canceled: false, filePaths: [binary] });
    const garbage = await invoke("openImportFile", {});
    expect(garbage.ok === false && garbage.error.message).toMatch(/looks like a binary file/);
  });
});

describe("saveExport", () => {
  it("writes the real BibTeX export where the user chose", async () => {
    const path = join(out, "my library.bib");
    fake.dialog.saveAnswers.push({ canceled: false, filePath: path });
    const reply = await invoke("saveExport", { format: "bibtex" });
    expect(reply).toEqual({ ok: true, result: { path, papers: 86 } });
    const expected = await library.handlers.exportLibrary({ format: "bibtex", scope: "all", bom: false });
    expect(await readFile(path, "utf8")).toBe(expected.files[0]?.content);
    expect(fake.dialog.shown[0]).toMatchObject({ kind: "save", parent: true, options: { defaultPath: "folio.bib" } });
  });

  it("replaces a file the dialog confirmed, but completes a bare name with the extension", async () => {
    const confirmed = join(out, "existing.csv");
    await writeFile(confirmed, "old");
    fake.dialog.saveAnswers.push({ canceled: false, filePath: confirmed });
    await invoke("saveExport", { format: "csv", bom: true });
    expect((await readFile(confirmed, "utf8")).startsWith("\uFEFFid,title,")).toBe(true);

    fake.dialog.saveAnswers.push({ canceled: false, filePath: join(out, "papers") });
    expect(await invoke("saveExport", { format: "csv" })).toMatchObject({
      ok: true,
      result: { path: join(out, "papers.csv") },
    });
    // A completed name was never confirmed in the dialog, so it must not replace a file.
    fake.dialog.saveAnswers.push({ canceled: false, filePath: join(out, "papers") });
    const again = await invoke("saveExport", { format: "csv" });
    expect(again.ok === false && again.error.message).toMatch(/papers\.csv" already exists/);
  });

  it("exports the chosen ids only", async () => {
    const items = await firstPapers(library, 2);
    const ids = items.map((i) => i.id);
    await library.handlers.setNote({ id: ids[0] ?? "", note: "My own note on this one." });
    const path = join(out, "two.md");
    fake.dialog.saveAnswers.push({ canceled: false, filePath: path });
    expect(await invoke("saveExport", { format: "markdown", scope: "ids", ids })).toMatchObject({
      ok: true,
      result: { papers: 2 },
    });
    const text = await readFile(path, "utf8");
    expect(text).toContain("My own note on this one.");
    expect(text).toContain(items[1]?.title);
  });

  it("markdown-folder: a new folder inside the one picked, never an existing one", async () => {
    fake.dialog.openAnswers.push({ canceled: false, filePaths: [out] });
    const first = await invoke("saveExport", { format: "markdown-folder" });
    expect(first).toEqual({ ok: true, result: { path: join(out, "folio-notes"), papers: 86 } });
    const files = await readdir(join(out, "folio-notes"));
    expect(files).toHaveLength(86);
    expect(await readFile(join(out, "folio-notes", files[0] ?? ""), "utf8")).toMatch(/^---\ntitle: /);
    expect(fake.dialog.shown[0]).toMatchObject({
      kind: "open",
      options: { properties: ["openDirectory", "createDirectory"] },
    });

    fake.dialog.openAnswers.push({ canceled: false, filePaths: [out] });
    const second = await invoke("saveExport", { format: "markdown-folder" });
    expect(second).toMatchObject({ ok: true, result: { path: join(out, "folio-notes (2)") } });
  });

  it("answers path null when either dialog is cancelled, writing nothing", async () => {
    expect(await invoke("saveExport", { format: "json" })).toEqual({ ok: true, result: { path: null, papers: 86 } });
    expect(await invoke("saveExport", { format: "markdown-folder" })).toMatchObject({ result: { path: null } });
    expect(await readdir(out)).toEqual([]);
  });

  it("reports a place it cannot write to, in words", async () => {
    await writeFile(join(out, "a-file"), "not a folder");
    const target = join(out, "a-file", "x.json");
    fake.dialog.saveAnswers.push({ canceled: false, filePath: target });
    const reply = await invoke("saveExport", { format: "json" });
    expect(reply).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(reply.ok === false && reply.error.message).toContain(`Could not write to "${target}": `);
  });
});
