/**
 * Import and export through the UI, on real files: a BibTeX file through the file input, pasted text,
 * a RIS file dropped on the window, broken files refused with nothing changed, and exports downloaded
 * (Markdown, a Markdown folder as a zip, CSV) and read back.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { call, firstIds, rows, sidebar, toast } from "./organize-helpers";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const BIB = fixture("bbt-biblatex-crossref-date-3514.bib");
const RIS = fixture("ris-zotero-eucap2019.ris");

/** Electron picks files and saves exports with native dialogs, which the shell's unit tests cover. */
const NATIVE_DIALOGS =
  "In Electron the native open and save dialogs replace the file input and downloads; see test/main/electron/shell-ipc.test.ts";

const importDialog = (page: Page) => page.getByRole("dialog", { name: "Import" });
const exportDialog = (page: Page) => page.getByRole("dialog", { name: "Export" });
const listCount = (page: Page) => page.locator(".list-count");

async function openImport(page: Page) {
  await expect(rows(page).first()).toBeVisible();
  await sidebar(page).getByRole("button", { name: "Import…" }).click();
  await expect(importDialog(page)).toBeVisible();
}

/** The text of a finished download. */
async function downloaded(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), start()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test("a real BibTeX file: preview, confirm, find a paper from it, undo", async ({ app, appMode }) => {
  test.skip(appMode === "electron", NATIVE_DIALOGS);
  const { page } = app;
  await openImport(page);
  const dialog = importDialog(page);
  await dialog.getByLabel("File to import").setInputFiles(BIB);

  await expect(dialog.locator(".import-counts")).toHaveText("6 new, 0 merged, 0 skipped");
  await expect(dialog.locator(".import-source")).toContainText("bbt-biblatex-crossref-date-3514.bib");
  await expect(dialog.locator(".import-source")).toContainText("BibTeX · 6 entries");
  const added = dialog.getByRole("region", { name: "New" }).getByRole("listitem");
  await expect(added).toHaveCount(6);
  await expect(added.filter({ hasText: "Cosmopolítica e linguagem" })).toHaveCount(1);
  expect((await call(app, "stats", {})).total).toBe(86); // a preview writes nothing

  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page)).toContainText("Imported 6 papers");
  await expect(listCount(page)).toHaveText("92 papers");

  await page.getByRole("searchbox", { name: "Search" }).fill("Cosmopolítica");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAccessibleName(/^Cosmopolítica e linguagem/);

  await toast(page).getByRole("button", { name: "Undo" }).click();
  await expect(toast(page)).toContainText("Undone");
  await expect(rows(page)).toHaveCount(0);
  expect((await call(app, "stats", {})).total).toBe(86);
});

test("pasted text: the Paste text tab previews and imports it", async ({ app, appMode }) => {
  const { page } = app;
  await openImport(page);
  const dialog = importDialog(page);
  await dialog.getByRole("tab", { name: "Paste text" }).click();
  const csl = await readFile(fixture("csl-zotero-arxiv-datacite.json"), "utf8");
  await dialog.getByRole("textbox", { name: /Paste BibTeX/ }).fill(csl);
  // A slow preview shows a progress bar (after a grace period, so quick ones do not flicker); held
  // back at the loopback server, so in the browser only.
  const slowed = appMode === "browser";
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  if (slowed) {
    await page.route("**/api/previewImport", async (route) => {
      await held;
      await route.continue();
    });
  }
  await dialog.getByRole("button", { name: "Preview" }).click();
  if (slowed) await expect(dialog.getByRole("progressbar", { name: "Reading…" })).toBeVisible();
  release();
  await expect(dialog.getByRole("progressbar")).toHaveCount(0);

  await expect(dialog.locator(".import-source")).toContainText("Pasted text");
  await expect(dialog.locator(".import-source")).toContainText("CSL-JSON · 1 entry");
  await expect(dialog.locator(".import-counts")).toHaveText("1 new, 0 merged, 0 skipped");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(toast(page)).toContainText("Imported 1 paper");

  await page.getByRole("searchbox", { name: "Search" }).fill("Error-Corrected Quantum");
  await expect(rows(page).first()).toHaveAccessibleName(/^Google Quantum AI's Quest for Error-Corrected/);
});

test("a RIS file dropped on the window opens the preview; keywords as tags can be turned off", async ({ app }) => {
  const { page } = app;
  await expect(rows(page).first()).toBeVisible();
  const text = await readFile(RIS, "utf8");
  const handle = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], "Exported Items.ris", { type: "application/x-research-info-systems" }));
    return data;
  }, text);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: handle });
  await expect(page.locator(".drop-overlay")).toContainText("Drop to import");
  await page.dispatchEvent("body", "dragover", { dataTransfer: handle });
  await page.dispatchEvent("body", "drop", { dataTransfer: handle });
  await expect(page.locator(".drop-overlay")).toBeHidden();

  const dialog = importDialog(page);
  await expect(dialog.locator(".import-source")).toContainText("Exported Items.ris");
  await expect(dialog.locator(".import-counts")).toHaveText("14 new, 0 merged, 0 skipped");
  const keywords = dialog.getByRole("checkbox", { name: "Use keywords as tags" });
  await expect(keywords).toBeChecked();
  await keywords.uncheck();
  await expect(keywords).not.toBeChecked();
  await expect(dialog.locator(".import-counts")).toHaveText("14 new, 0 merged, 0 skipped");
  await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeEnabled();
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(toast(page)).toContainText("Imported 14 papers");

  const stats = await call(app, "stats", {});
  expect(stats.total).toBe(100);
  expect(stats.tags).toEqual([]);
});

test("broken files show a clear error in the dialog and change nothing", async ({ app, appMode }) => {
  test.skip(appMode === "electron", NATIVE_DIALOGS);
  const { page } = app;
  const backup = (await call(app, "exportLibrary", { format: "json" })).files[0]?.content ?? "";
  const before = await call(app, "stats", {});
  await openImport(page);
  const dialog = importDialog(page);
  const input = dialog.getByLabel("File to import");

  await input.setInputFiles({
    name: "folio-backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(backup.slice(0, backup.length / 2)),
  });
  await expect(dialog.getByRole("alert")).toContainText("The backup is not valid JSON");
  await expect(dialog.locator(".import-counts")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);

  await input.setInputFiles({
    name: "photo.bib",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  });
  await expect(dialog.getByRole("alert")).toContainText('"photo.bib" looks like a binary file');

  await input.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("eggs\nmilk\n") });
  await expect(dialog.getByRole("alert")).toContainText('Could not recognise the format of "notes.txt"');

  // Pasted text that is not a bibliography: the error shows and the text stays for fixing.
  await dialog.getByRole("tab", { name: "Paste text" }).click();
  const box = dialog.getByRole("textbox", { name: /Paste BibTeX/ });
  await box.fill("@article{broken, title = {Never closed");
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Nothing could be imported");
  await expect(box).toHaveValue("@article{broken, title = {Never closed");

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await call(app, "stats", {})).toEqual(before);
});

test("export the selected paper as Markdown (a file, and a folder zipped) with its note", async ({ app, appMode }) => {
  test.skip(appMode === "electron", NATIVE_DIALOGS);
  const { page } = app;
  const [id] = await firstIds(app, 1);
  await call(app, "setNote", { id: id as string, note: "## My reading\n\nA note worth keeping." });
  const title = (await call(app, "getPaper", { id: id as string })).paper.title;
  await rows(page).first().click();

  await sidebar(page).getByRole("button", { name: "Export…" }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole("radio", { name: /Markdown file/ }).check();
  await dialog.getByRole("radio", { name: /Selected paper/ }).check();
  const file = await downloaded(page, () => dialog.getByRole("button", { name: "Export", exact: true }).click());
  expect(file.name).toBe("folio-notes.md");
  const text = file.bytes.toString("utf8");
  expect(text).toContain(`## ${title}`);
  expect(text).toContain("- **Status:** unread");
  expect(text).toContain("A note worth keeping.");
  expect(text.match(/^## /gm)).toHaveLength(2); // the paper's heading and the note's own
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("alert").filter({ hasText: "Exported 1 paper to folio-notes.md" })).toBeVisible();

  await sidebar(page).getByRole("button", { name: "Export…" }).click();
  await dialog.getByRole("radio", { name: /Markdown folder/ }).check();
  await dialog.getByRole("radio", { name: /Selected paper/ }).check();
  const zip = await downloaded(page, () => dialog.getByRole("button", { name: "Export", exact: true }).click());
  expect(zip.name).toBe("folio-notes.zip");
  const entries = Object.entries(unzipSync(new Uint8Array(zip.bytes)));
  expect(entries).toHaveLength(1);
  const [path, bytes] = entries[0] as [string, Uint8Array];
  expect(path).toMatch(/^folio-notes\/.+\.md$/);
  const md = strFromU8(bytes);
  expect(md.startsWith(`---\ntitle: `)).toBe(true);
  expect(md).toMatch(/\nstatus: "?unread"?\n/);
  expect(md).toMatch(/\n---\n\n## My reading\n\nA note worth keeping\.\n/);
});

test("export the current filter as CSV for Excel: byte-order mark and header", async ({ app, appMode }) => {
  test.skip(appMode === "electron", NATIVE_DIALOGS);
  const { page } = app;
  await expect(rows(page).first()).toBeVisible();
  const shown = (await call(app, "query", { text: "learning", limit: 0 })).total;
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThan(86);
  await page.getByRole("searchbox", { name: "Search" }).fill("learning");
  await expect(listCount(page)).toHaveText(`${shown} papers`);

  await sidebar(page).getByRole("button", { name: "Export…" }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole("radio", { name: /CSV/ }).check();
  await dialog.getByRole("checkbox", { name: "Excel (UTF-8 BOM)" }).check();
  const scope = dialog.getByRole("radio", { name: /Current filter/ });
  await expect(dialog.locator(".export-scope").filter({ hasText: "Current filter" })).toContainText(`${shown} papers`);
  await scope.check();
  const csv = await downloaded(page, () => dialog.getByRole("button", { name: "Export", exact: true }).click());
  expect(csv.name).toBe("folio.csv");
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const table = Papa.parse<string[]>(csv.bytes.subarray(3).toString("utf8"), { skipEmptyLines: true }).data;
  expect(table[0]?.slice(0, 13).join(",")).toBe(
    "id,title,authors,year,venue,doi,arxiv,url,status,priority,starred,tags,note",
  );
  expect(table).toHaveLength(shown + 1);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the import preview and the export dialog have no serious axe findings (${scheme})`, async ({
    app,
    appMode,
  }) => {
    test.skip(appMode === "electron", NATIVE_DIALOGS);
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));

    await openImport(page);
    await importDialog(page).getByLabel("File to import").setInputFiles(fixture("handmade-wrapped.ris"));
    await expect(importDialog(page).locator(".import-counts")).toHaveText("2 new, 0 merged, 1 skipped");
    expect(await serious()).toEqual([]);
    await importDialog(page).getByRole("button", { name: "Cancel" }).click();

    await rows(page).first().click();
    await sidebar(page).getByRole("button", { name: "Export…" }).click();
    await exportDialog(page).getByRole("radio", { name: /CSV/ }).check();
    expect(await serious()).toEqual([]);
  });
}
