/**
 * The organize keys: j/k and arrows move, Shift extends, Enter/o open, 1/2/3 status, p priority, s star
 * (on the whole selection), / search, Esc, ? for the sheet of every shortcut. Typing the same keys in
 * the search box or the note never triggers them.
 */
import { expect, test } from "./fixtures";
import { bulkBar, call, detailPane, firstIds, paperList, rows, selectedRows, sidebar } from "./organize-helpers";

const countButton = (name: string) => ({ name, exact: true });

test("j/k and arrows move, Shift extends, Enter and o open, Esc clears", async ({ app }) => {
  const { page } = app;
  const heading = detailPane(page).getByRole("heading", { level: 2 });
  const titles = await Promise.all(
    (await firstIds(app, 4)).map(async (id) => (await call(app, "getPaper", { id })).paper.title),
  );
  await rows(page).nth(0).click();
  await expect(heading).toHaveText(titles[0] as string);

  await page.keyboard.press("j");
  await expect(rows(page).nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(heading).toHaveText(titles[1] as string);
  await page.keyboard.press("j");
  await expect(heading).toHaveText(titles[2] as string);
  await page.keyboard.press("k");
  await expect(heading).toHaveText(titles[1] as string);
  await page.keyboard.press("ArrowUp");
  await expect(heading).toHaveText(titles[0] as string);
  await page.keyboard.press("ArrowDown");
  await expect(heading).toHaveText(titles[1] as string);
  await expect(selectedRows(page)).toHaveCount(1);

  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  await expect(selectedRows(page)).toHaveCount(3);
  await expect(bulkBar(page)).toContainText("3 papers selected");
  await page.keyboard.press("Shift+ArrowUp");
  await expect(selectedRows(page)).toHaveCount(2);

  await page.keyboard.press("Escape");
  await expect(selectedRows(page)).toHaveCount(1);

  await page.keyboard.press("Enter");
  await expect(detailPane(page)).toBeFocused();
  await paperList(page).focus();
  await page.keyboard.press("o");
  await expect(detailPane(page)).toBeFocused();
  // From the details, j still moves (focus is not in a text field).
  await page.keyboard.press("j");
  await expect(heading).toHaveText(titles[3] as string);
});

test("1/2/3, p and s change the selection's status, priority and star", async ({ app }) => {
  const { page } = app;
  const nav = sidebar(page);
  await rows(page).nth(0).click();

  await page.keyboard.press("3");
  await expect(nav.getByRole("button", countButton("Read 1"))).toBeVisible();
  await page.keyboard.press("2");
  await expect(nav.getByRole("button", countButton("Reading 1"))).toBeVisible();
  await expect(nav.getByRole("button", countButton("Read 0"))).toBeVisible();
  await page.keyboard.press("1");
  await expect(nav.getByRole("button", countButton("Unread 86"))).toBeVisible();

  await page.keyboard.press("p");
  await expect(rows(page).nth(0)).toHaveAccessibleName(/Low priority/);
  await page.keyboard.press("p");
  await expect(rows(page).nth(0)).toHaveAccessibleName(/Medium priority/);
  await page.keyboard.press("s");
  await expect(nav.getByRole("button", countButton("Starred 1"))).toBeVisible();
  await page.keyboard.press("s");
  await expect(nav.getByRole("button", countButton("Starred 0"))).toBeVisible();

  // On a selection of three, each key applies to all of them (one call, one undo).
  await page.keyboard.press("Shift+j");
  await page.keyboard.press("Shift+j");
  await expect(selectedRows(page)).toHaveCount(3);
  await page.keyboard.press("3");
  await expect(nav.getByRole("button", countButton("Read 3"))).toBeVisible();
  await page.keyboard.press("s");
  await expect(nav.getByRole("button", countButton("Starred 3"))).toBeVisible();
  await page.keyboard.press("p");
  for (const i of [0, 1, 2]) await expect(rows(page).nth(i)).toHaveAccessibleName(/Low priority/);
  await page.keyboard.press("ControlOrMeta+z");
  await expect(rows(page).nth(1)).not.toHaveAccessibleName(/priority/);
  await expect(rows(page).nth(0)).toHaveAccessibleName(/Medium priority/);
});

test("/ focuses the search; keys typed in the search box or the note stay text", async ({ app }) => {
  const { page } = app;
  const nav = sidebar(page);
  await rows(page).nth(0).click();
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toBeFocused();
  await page.keyboard.type("j1ps3k?");
  await expect(search).toHaveValue("j1ps3k?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await expect(nav.getByRole("button", countButton("Read 0"))).toBeVisible();
  await expect(nav.getByRole("button", countButton("Starred 0"))).toBeVisible();

  // Esc leaves the search box, keeping its text.
  await page.keyboard.press("Escape");
  await expect(search).not.toBeFocused();
  await expect(search).toHaveValue("j1ps3k?");
  await search.fill("");
  await expect(page.getByText("86 papers")).toBeVisible();

  await rows(page).nth(0).click();
  const note = detailPane(page).getByRole("textbox", { name: "Note" });
  await note.click();
  await page.keyboard.type("j 1 2 3 p s / ?");
  await expect(note).toHaveValue("j 1 2 3 p s / ?");
  await expect(search).not.toBeFocused();
  await expect(selectedRows(page)).toHaveCount(1);
  await expect(rows(page).nth(0)).toHaveAttribute("aria-selected", "true");
  await expect(nav.getByRole("button", countButton("Unread 86"))).toBeVisible();
  await expect(nav.getByRole("button", countButton("Starred 0"))).toBeVisible();
  await expect(rows(page).nth(0)).not.toHaveAccessibleName(/priority/);
  await page.keyboard.press("Escape");
  await expect(note).not.toBeFocused();
});

test("? opens the sheet of every shortcut: a modal dialog, focus trapped, Esc closes and restores", async ({ app }) => {
  const { page } = app;
  await rows(page).nth(0).click();
  await expect(paperList(page)).toBeFocused();
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  for (const text of ["Next paper", "Mark as read", "Star or unstar", "Search", "Select every paper in the list"]) {
    await expect(sheet.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(sheet.getByText("Highlight the text selected in the abstract")).toBeVisible();

  // Focus stays inside, both ways round.
  const focusInside = () => sheet.evaluate((el) => el.contains(document.activeElement));
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInside()).toBe(true);
  }
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusInside()).toBe(true);
  }
  // Keys do not reach the window behind it.
  await page.keyboard.press("j");
  await expect(rows(page).nth(0)).toHaveAttribute("aria-selected", "true");

  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(paperList(page)).toBeFocused();
});
