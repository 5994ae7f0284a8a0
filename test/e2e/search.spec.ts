/**
 * Search: matched words marked in the rows and the paper's details, the search box syntax narrowing
 * the list (tag:, status:, is:starred, has:note, -word, "phrase"), relevance first and the other sorts,
 * smart lists (save, live count, apply, rename, delete and undo) and the syntax help. State is set up
 * through the UI, on the bundled page's 86 papers.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { detailPane, paperList, rows, sidebar, toast } from "./organize-helpers";

const searchBox = (page: Page): Locator => page.getByRole("searchbox", { name: "Search" });
const count = (page: Page): Locator => page.locator(".list-count");
const hits = (scope: Locator): Locator => scope.locator("mark.search-hit");
const sortBy = (page: Page): Locator => page.getByRole("combobox", { name: "Sort by" });
/** The options button beside the smart list whose button is named `name` ("To read 2"). */
const listOptions = (page: Page, name: string): Locator =>
  sidebar(page)
    .locator(".smart-node")
    .filter({ has: page.getByRole("button", { name, exact: true }) })
    .getByRole("button", { name: "Smart list options" });

/** Type a search and wait until the list shows `n` papers. */
async function search(page: Page, text: string, n: number): Promise<void> {
  await searchBox(page).fill(text);
  await expect(count(page)).toHaveText(n === 1 ? "1 paper" : `${n} papers`);
}

/** Select the list's row `index`, then tag it through the detail pane's tag input. */
async function tagRow(page: Page, index: number, tag: string): Promise<void> {
  const row = rows(page).nth(index);
  const title = (await row.locator(".paper-row-title").textContent()) ?? "";
  await row.click();
  await expect(detailPane(page).getByRole("heading", { level: 2 })).toHaveText(title);
  await page.keyboard.press("t");
  await page.keyboard.type(tag);
  await page.keyboard.press("Enter");
  await expect(detailPane(page).getByRole("button", { name: `Remove tag ${tag}` })).toBeVisible();
  await page.keyboard.press("Escape");
}

test("typed words are marked in the rows and in the paper's title and abstract", async ({ app }) => {
  const { page } = app;
  await search(page, "soups", 2);
  const first = rows(page).nth(0);
  await expect(first).toHaveAccessibleName(/^Model soups/);
  await expect(hits(first)).toHaveText(["soups"]);
  // The second paper matches in its abstract only: nothing to mark in its row.
  await expect(hits(rows(page).nth(1))).toHaveCount(0);

  await first.click();
  const detail = detailPane(page);
  await expect(hits(detail.getByRole("heading", { level: 2 }))).toHaveText(["soups"]);
  await expect(hits(detail.locator("p.abstract")).first()).toHaveText(/^soups?$/i);

  // While typing, the last word matches as a prefix; tags are marked in the chips.
  await tagRow(page, 0, "soup-recipes");
  await searchBox(page).fill("recip");
  await expect(hits(rows(page).nth(0).locator(".chip"))).toHaveText(["recipes"]);

  await searchBox(page).fill("");
  await expect(hits(paperList(page))).toHaveCount(0);
});

test("the search box syntax narrows the list", async ({ app }) => {
  const { page } = app;
  const titleOf = async (i: number) => (await rows(page).nth(i).locator(".paper-row-title").textContent()) ?? "";
  const [tagged, starred, noted] = [await titleOf(0), await titleOf(1), await titleOf(2)];
  await tagRow(page, 0, "method/normals");
  await rows(page).nth(1).click();
  await expect(detailPane(page).getByRole("heading", { level: 2 })).toHaveText(starred);
  await page.keyboard.press("s");
  await page.keyboard.press("3");
  await expect(sidebar(page).getByRole("button", { name: "Starred 1", exact: true })).toBeVisible();
  await expect(sidebar(page).getByRole("button", { name: "Read 1", exact: true })).toBeVisible();
  await rows(page).nth(2).click();
  await expect(detailPane(page).getByRole("heading", { level: 2 })).toHaveText(noted);
  await page.keyboard.press("n");
  await page.keyboard.type("Worth a look: zebrafish");
  await expect(detailPane(page).getByText(/^Saved/)).toBeVisible();

  // tag: a parent finds its children.
  await search(page, "tag:method", 1);
  await expect(rows(page).nth(0)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(tagged)}`));
  await search(page, "-tag:method", 85);
  await search(page, "status:read", 1);
  await expect(rows(page).nth(0)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(starred)}`));
  await search(page, "is:starred", 1);
  await expect(rows(page).nth(0)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(starred)}`));
  await search(page, "has:note", 1);
  await expect(rows(page).nth(0)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(noted)}`));
  // Words in the note are searched too.
  await search(page, "zebrafish", 1);

  await search(page, "pretraining", 20);
  await search(page, "pretraining -transformers", 16);
  await expect(paperList(page).getByRole("option", { name: /Transformers/ })).toHaveCount(0);
  await search(page, "language models", 40);
  await search(page, '"language models"', 23);
  await search(page, "soups -averaging", 1);
  await expect(rows(page).nth(0)).not.toHaveAccessibleName(/^Model soups/);
});

test("a title match ranks first; the sort falls back when the search is cleared", async ({ app }) => {
  const { page } = app;
  await expect(sortBy(page).getByRole("option", { name: "Relevance" })).toBeDisabled();
  await sortBy(page).selectOption({ label: "Title" });
  await expect(rows(page).nth(0)).toHaveAccessibleName(/^A Hierarchical Bayesian/);

  await search(page, "normalization", 9);
  // Searching sorts by relevance: the first row matches in its title.
  await expect(sortBy(page)).toHaveValue("relevance");
  await expect(hits(rows(page).nth(0)).first()).toHaveText(/^normalization$/i);

  // Oldest first, the first match is a paper whose abstract alone matches.
  await sortBy(page).selectOption({ label: "Date added" });
  await expect(page.getByRole("button", { name: "Sort descending" })).toHaveAttribute("aria-pressed", "false");
  await expect(rows(page).nth(0)).toHaveAccessibleName(/^Pre-RMSNorm/);
  await expect(hits(rows(page).nth(0))).toHaveCount(0);
  await page.getByRole("button", { name: "Sort descending" }).click();
  await expect(rows(page).nth(0)).not.toHaveAccessibleName(/^Pre-RMSNorm/);

  // Clearing the words brings back the sort chosen before the search.
  await search(page, "", 86);
  await expect(sortBy(page)).toHaveValue("title");
  await expect(rows(page).nth(0)).toHaveAccessibleName(/^A Hierarchical Bayesian/);
  await search(page, "normalization", 9);
  await expect(sortBy(page)).toHaveValue("relevance");
});

test("a smart list keeps a search with a live count; rename, delete and undo", async ({ app }) => {
  const { page } = app;
  const nav = sidebar(page);
  const save = nav.getByRole("button", { name: "Save search" });
  await expect(nav.getByRole("heading", { name: "Smart lists" })).toBeVisible();
  await expect(save).toBeDisabled();

  await tagRow(page, 0, "queue");
  await search(page, "tag:queue", 1);
  await save.click();
  const dialog = page.getByRole("dialog", { name: "Save search" });
  await dialog.getByRole("textbox", { name: "Name" }).fill("Reading queue");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toHaveCount(0);
  const list = nav.getByRole("button", { name: "Reading queue 1", exact: true });
  await expect(list).toHaveAttribute("aria-pressed", "true");

  // Tagging another paper updates the count at once.
  await search(page, "", 86);
  await expect(list).toHaveAttribute("aria-pressed", "false");
  await tagRow(page, 5, "queue");
  const two = nav.getByRole("button", { name: "Reading queue 2", exact: true });
  await expect(two).toBeVisible();
  // Applying it shows its query.
  await two.click();
  await expect(searchBox(page)).toHaveValue("tag:queue");
  await expect(count(page)).toHaveText("2 papers");

  await listOptions(page, "Reading queue 2").click();
  const menu = page.getByRole("dialog", { name: "Smart list Reading queue" });
  await menu.getByRole("textbox", { name: "Rename" }).fill("To read");
  await menu.getByRole("button", { name: "Rename" }).click();
  const renamed = nav.getByRole("button", { name: "To read 2", exact: true });
  await expect(renamed).toBeVisible();

  await listOptions(page, "To read 2").click();
  await page
    .getByRole("dialog", { name: "Smart list To read" })
    .getByRole("button", { name: "Delete smart list" })
    .click();
  await expect(renamed).toHaveCount(0);
  await toast(page).getByRole("button", { name: "Undo" }).click();
  await expect(renamed).toBeVisible();
});

test("the syntax help lists the syntax, and an example goes into the search box", async ({ app }) => {
  const { page } = app;
  await page.getByRole("button", { name: "Search syntax" }).click();
  const help = page.getByRole("dialog", { name: "Search syntax" });
  for (const example of ["tag:method", "status:unread", "is:starred", "has:note", '"point cloud"', "-survey"]) {
    await expect(help.getByRole("button", { name: example, exact: true })).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Search syntax" })).toBeFocused();

  await page.getByRole("button", { name: "Search syntax" }).click();
  await help.getByRole("button", { name: "is:starred", exact: true }).click();
  await expect(help).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue("is:starred");
  await expect(count(page)).toHaveText("0 papers");

  // The keyboard shortcuts sheet points to it.
  await search(page, "", 86);
  await paperList(page).focus();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Search syntax");
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
