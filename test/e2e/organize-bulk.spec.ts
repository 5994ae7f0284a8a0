/**
 * Multi-selection (shift-click ranges, ctrl/cmd-click toggles, Ctrl/Cmd+A for the whole filter) and the
 * bulk bar: status, priority, add and remove a tag, star, delete; one undo reverts a whole bulk action,
 * on disk too.
 */
import { expect, test } from "./fixtures";
import {
  bulkBar,
  call,
  firstIds,
  paperList,
  rows,
  selectedRows,
  sidebar,
  statesOf,
  tagButton,
  toast,
} from "./organize-helpers";

test("shift-click selects a range, ctrl/cmd-click toggles, Ctrl/Cmd+A selects the filter, Esc clears", async ({
  app,
}) => {
  const { page } = app;
  await rows(page).nth(1).click();
  await expect(selectedRows(page)).toHaveCount(1);
  await expect(bulkBar(page)).toBeHidden();

  await rows(page)
    .nth(4)
    .click({ modifiers: ["Shift"] });
  await expect(selectedRows(page)).toHaveCount(4);
  await expect(bulkBar(page)).toContainText("4 papers selected");
  for (const i of [1, 2, 3, 4]) await expect(rows(page).nth(i)).toHaveAttribute("aria-selected", "true");

  await rows(page)
    .nth(2)
    .click({ modifiers: ["ControlOrMeta"] });
  await expect(rows(page).nth(2)).toHaveAttribute("aria-selected", "false");
  await rows(page)
    .nth(7)
    .click({ modifiers: ["ControlOrMeta"] });
  await expect(bulkBar(page)).toContainText("4 papers selected");
  await expect(rows(page).nth(7)).toHaveAttribute("aria-selected", "true");

  // Shift-click upward from the last toggled row: the range runs from it.
  await rows(page)
    .nth(5)
    .click({ modifiers: ["Shift"] });
  await expect(bulkBar(page)).toContainText("3 papers selected");

  await paperList(page).focus();
  await page.keyboard.press("ControlOrMeta+a");
  await expect(bulkBar(page)).toContainText("86 papers selected");

  // Within a filter, select-all takes only the filter's papers.
  const ids = await firstIds(app, 3);
  await call(app, "addTags", { ids, tags: ["few"] });
  await tagButton(page, "few", 3).click();
  await expect(rows(page)).toHaveCount(3);
  await paperList(page).focus();
  await page.keyboard.press("ControlOrMeta+a");
  await expect(bulkBar(page)).toContainText("3 papers selected");

  await page.keyboard.press("Escape");
  await expect(bulkBar(page)).toBeHidden();
  await expect(selectedRows(page)).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(selectedRows(page)).toHaveCount(0);
});

test("bulk status, priority, star and tags apply to the selection; one undo reverts each", async ({ app }) => {
  const { page } = app;
  const ids = await firstIds(app, 5);
  await rows(page).nth(0).click();
  await rows(page)
    .nth(4)
    .click({ modifiers: ["Shift"] });
  const bar = bulkBar(page);
  await expect(bar).toContainText("5 papers selected");

  await bar.getByRole("combobox", { name: "Set status" }).selectOption({ label: "Read" });
  await expect(sidebar(page).getByRole("button", { name: "Read 5", exact: true })).toBeVisible();
  await expect(toast(page)).toContainText("Mark as Read (5 papers)");
  await toast(page).getByRole("button", { name: "Undo" }).click();
  await expect(sidebar(page).getByRole("button", { name: "Read 0", exact: true })).toBeVisible();
  await expect(sidebar(page).getByRole("button", { name: "Unread 86", exact: true })).toBeVisible();

  await bar.getByRole("combobox", { name: "Set priority" }).selectOption({ label: "High" });
  for (const i of [0, 1, 2, 3, 4]) await expect(rows(page).nth(i)).toHaveAccessibleName(/High priority/);
  await paperList(page).focus();
  await page.keyboard.press("ControlOrMeta+z");
  for (const i of [0, 1, 2, 3, 4]) await expect(rows(page).nth(i)).not.toHaveAccessibleName(/priority/);

  await bar.getByRole("button", { name: "Star", exact: true }).click();
  await expect(sidebar(page).getByRole("button", { name: "Starred 5", exact: true })).toBeVisible();
  await bar.getByRole("button", { name: "Unstar" }).click();
  await expect(sidebar(page).getByRole("button", { name: "Starred 0", exact: true })).toBeVisible();

  await bar.getByRole("combobox", { name: "Tag to add" }).fill("batch");
  await bar.getByRole("button", { name: "Add tag" }).click();
  await expect(tagButton(page, "batch", 5)).toBeVisible();
  await bar.getByRole("combobox", { name: "Remove tag" }).selectOption("batch");
  await expect(sidebar(page).getByRole("button", { name: /^batch/ })).toHaveCount(0);
  await expect(toast(page)).toContainText("Remove tag batch (5 papers)");
  await toast(page).getByRole("button", { name: "Undo" }).click();
  await expect(tagButton(page, "batch", 5)).toBeVisible();

  await app.restart();
  await expect(tagButton(page, "batch", 5)).toBeVisible();
  const states = await statesOf(app, ids);
  expect(states.map((s) => [s.status, s.priority, s.starred, s.tags])).toEqual(
    ids.map(() => ["unread", "none", false, ["batch"]]),
  );
});

test("bulk delete asks first, deletes the selection, and one undo brings every paper back", async ({ app }) => {
  const { page } = app;
  const ids = await firstIds(app, 4);
  await call(app, "setNote", { id: ids[1] as string, note: "keep me" });
  await rows(page).nth(0).click();
  await rows(page)
    .nth(3)
    .click({ modifiers: ["Shift"] });
  await bulkBar(page).getByRole("button", { name: "Delete…" }).click();

  const confirm = page.getByRole("alertdialog", { name: "Delete 4 papers?" });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("86 papers")).toBeVisible();

  await bulkBar(page).getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete 4 papers" }).click();
  await expect(page.getByText("82 papers")).toBeVisible();
  await expect(bulkBar(page)).toBeHidden();
  await expect(toast(page)).toContainText("4 papers");

  await paperList(page).focus();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(page.getByText("86 papers")).toBeVisible();

  await app.restart();
  await expect(page.getByText("86 papers")).toBeVisible();
  expect((await call(app, "getPaper", { id: ids[1] as string })).state.note).toBe("keep me");
});
