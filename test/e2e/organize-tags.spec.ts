/**
 * Renaming, merging and deleting a tag from its menu in the sidebar, each undone through the toast or
 * Ctrl/Cmd+Z; a restart proves the undo reverted the files on disk too.
 */
import { expect, test } from "./fixtures";
import { call, firstIds, paperList, rows, sidebar, tagButton, tagOptions, toast } from "./organize-helpers";

test.beforeEach(async ({ app }) => {
  const ids = await firstIds(app, 5);
  await call(app, "addTags", { ids: ids.slice(0, 3), tags: ["ml"] });
  await call(app, "addTags", { ids: ids.slice(3, 5), tags: ["vision"] });
  await call(app, "setTagColor", { tag: "ml", color: "green" });
  await expect(tagButton(app.page, "ml", 3)).toBeVisible();
});

test("rename a tag everywhere, then undo it from the toast; the undo is on disk", async ({ app }) => {
  const { page } = app;
  await tagOptions(page, "ml").click();
  const menu = page.getByRole("dialog", { name: "Tag ml" });
  await menu.getByRole("textbox", { name: "Rename" }).fill("machine-learning");
  await menu.getByRole("button", { name: "Rename" }).click();

  await expect(tagButton(page, "machine-learning", 3)).toBeVisible();
  await expect(tagButton(page, "ml", 3)).toBeHidden();
  const chip = rows(page).nth(0).locator(".chip", { hasText: "machine-learning" });
  await expect(chip).toHaveAttribute("data-color", "green");
  await expect(toast(page)).toContainText("Rename tag ml to machine-learning");

  await toast(page).getByRole("button", { name: "Undo" }).click();
  await expect(tagButton(page, "ml", 3)).toBeVisible();
  await expect(toast(page)).toContainText("Undone: Rename tag ml to machine-learning");
  await expect(rows(page).nth(0).locator(".chip", { hasText: /^ml$/ })).toHaveAttribute("data-color", "green");

  await app.restart();
  await expect(tagButton(page, "ml", 3)).toBeVisible();
  await expect(sidebar(page).getByRole("button", { name: /machine-learning/ })).toHaveCount(0);
  await expect(rows(page).nth(2).locator(".chip", { hasText: /^ml$/ })).toHaveAttribute("data-color", "green");
});

test("renaming onto an existing tag merges them; Ctrl/Cmd+Z splits them again, on disk too", async ({ app }) => {
  const { page } = app;
  await tagOptions(page, "ml").click();
  const menu = page.getByRole("dialog", { name: "Tag ml" });
  await menu.getByRole("textbox", { name: "Rename" }).fill("vision");
  await expect(menu.getByText("“vision” exists")).toBeVisible();
  await menu.getByRole("button", { name: "Merge" }).click();

  await expect(tagButton(page, "vision", 5)).toBeVisible();
  await expect(tagButton(page, "ml", 3)).toBeHidden();
  await expect(toast(page)).toContainText("Merge tag ml into vision");

  // The keyboard undo: from the list, not from a text field.
  await paperList(page).focus();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(tagButton(page, "ml", 3)).toBeVisible();
  await expect(tagButton(page, "vision", 2)).toBeVisible();

  await app.restart();
  await expect(tagButton(page, "ml", 3)).toBeVisible();
  await expect(tagButton(page, "vision", 2)).toBeVisible();
});

test("delete a tag from every paper; Ctrl/Cmd+Z brings it back, but not from inside a text field", async ({ app }) => {
  const { page } = app;
  await tagOptions(page, "vision").click();
  await page.getByRole("dialog", { name: "Tag vision" }).getByRole("button", { name: "Delete tag" }).click();
  await expect(tagButton(page, "vision", 2)).toBeHidden();
  await expect(paperList(page).locator(".chip", { hasText: "vision" })).toHaveCount(0);
  await expect(toast(page)).toContainText("Delete tag vision");

  // Ctrl+Z while typing is the text field's own undo: the tag stays deleted.
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.click();
  await search.pressSequentially("xyz");
  await page.keyboard.press("ControlOrMeta+z");
  await expect(search).not.toHaveValue("xyz");
  await expect(tagButton(page, "vision", 2)).toBeHidden();

  await page.keyboard.press("Escape");
  await expect(paperList(page)).toBeFocused();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(tagButton(page, "vision", 2)).toBeVisible();
  await expect(rows(page).nth(3).locator(".chip", { hasText: "vision" })).toBeVisible();

  await app.restart();
  await expect(tagButton(page, "vision", 2)).toBeVisible();
  await expect(tagButton(page, "ml", 3)).toBeVisible();
});

test("the tag menu closes with Esc and gives the focus back to its button", async ({ app }) => {
  const { page } = app;
  const button = tagOptions(page, "ml");
  await button.click();
  const menu = page.getByRole("dialog", { name: "Tag ml" });
  await expect(menu.getByRole("textbox", { name: "Rename" })).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  // A click elsewhere closes it too.
  await button.click();
  await expect(menu).toBeVisible();
  await paperList(page).click({ position: { x: 5, y: 5 } });
  await expect(menu).toBeHidden();
});
