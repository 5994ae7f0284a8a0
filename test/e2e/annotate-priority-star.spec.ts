/** Priority and star set in the detail pane are shown in the list and survive a restart. */

import { openPaper, rowOf, SOUPS } from "./annotate-helpers";
import { expect, test } from "./fixtures";

test("priority and star set in the detail pane show in the list and survive a restart", async ({ app }) => {
  const { page } = app;
  let detail = await openPaper(page, SOUPS);
  await detail.getByRole("combobox", { name: "Priority" }).selectOption("high");
  const star = detail.getByRole("button", { name: "Star", exact: true });
  await expect(star).toHaveAttribute("aria-pressed", "false");
  await star.click();
  await expect(star).toHaveAttribute("aria-pressed", "true");

  let row = rowOf(page, SOUPS);
  await expect(row.getByLabel("Starred")).toBeVisible();
  await expect(row).toContainText("High");

  await app.restart();
  row = rowOf(page, SOUPS);
  await expect(row.getByLabel("Starred")).toBeVisible();
  await expect(row).toContainText("High");
  detail = await openPaper(page, SOUPS);
  await expect(detail.getByRole("combobox", { name: "Priority" })).toHaveValue("high");
  await expect(detail.getByRole("button", { name: "Star", exact: true })).toHaveAttribute("aria-pressed", "true");

  // Unstarring and lowering the priority show at once too.
  await detail.getByRole("button", { name: "Star", exact: true }).click();
  await detail.getByRole("combobox", { name: "Priority" }).selectOption("low");
  await expect(row.getByLabel("Starred")).toHaveCount(0);
  await expect(row).toContainText("Low");
});
