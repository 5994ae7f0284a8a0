/**
 * The list and the sidebar as organizing tools: priority and star shown and sortable, colored tag
 * chips, the tag tree (a parent filters with its children), several tags with any/all, and the
 * starred and priority filters.
 */
import { expect, test } from "./fixtures";
import { call, firstIds, paperList, rows, sidebar, tagButton, tagOptions } from "./organize-helpers";

test("priority and star show in the rows, and the list sorts by priority, status and last change", async ({ app }) => {
  const { page } = app;
  const ids = await firstIds(app, 12);
  const [a, b, c] = [ids[5], ids[10], ids[2]] as [string, string, string];
  await call(app, "setPriority", { ids: [a], priority: "high" });
  await call(app, "setPriority", { ids: [b], priority: "medium" });
  await call(app, "setStarred", { ids: [b], starred: true });

  await expect(rows(page).nth(5)).toHaveAccessibleName(/High priority/);
  await expect(rows(page).nth(5).getByRole("img", { name: "Starred" })).toHaveCount(0);
  await expect(rows(page).nth(10)).toHaveAccessibleName(/Medium priority/);
  await expect(rows(page).nth(10).getByRole("img", { name: "Starred" })).toBeVisible();
  await expect(rows(page).nth(0)).not.toHaveAccessibleName(/priority/);

  const titleOf = async (id: string) => (await call(app, "getPaper", { id })).paper.title;
  const sortBy = page.getByRole("combobox", { name: "Sort by" });
  await sortBy.selectOption({ label: "Priority" });
  await page.getByRole("button", { name: "Sort descending" }).click();
  await expect(rows(page).nth(0)).toHaveAccessibleName(new RegExp(`^${titleStart(await titleOf(a))}`));
  await expect(rows(page).nth(1)).toHaveAccessibleName(new RegExp(`^${titleStart(await titleOf(b))}`));

  await call(app, "setStatus", { ids: [c], status: "read" });
  await sortBy.selectOption({ label: "Status" });
  await expect(rows(page).nth(0)).toHaveAccessibleName(new RegExp(`^${titleStart(await titleOf(c))}`));

  // Last changed: the paper touched last comes first (descending).
  await call(app, "setStarred", { ids: [ids[7] as string], starred: true });
  await sortBy.selectOption({ label: "Last changed" });
  await expect(rows(page).nth(0)).toHaveAccessibleName(new RegExp(`^${titleStart(await titleOf(ids[7] as string))}`));
});

test("tags show as chips in their color; a color chosen in the tag menu is kept", async ({ app }) => {
  const { page } = app;
  const ids = await firstIds(app, 3);
  await call(app, "addTags", { ids: [ids[0] as string, ids[1] as string], tags: ["to-cite"] });
  await call(app, "setTagColor", { tag: "to-cite", color: "red" });
  const chip = rows(page).nth(0).locator(".chip", { hasText: "to-cite" });
  await expect(chip).toHaveAttribute("data-color", "red");
  await expect(chip).toHaveCSS("background-color", "rgb(253, 226, 223)");

  await tagOptions(page, "to-cite").click();
  const menu = page.getByRole("dialog", { name: "Tag to-cite" });
  await menu.getByRole("radio", { name: "Blue" }).check();
  await expect(chip).toHaveAttribute("data-color", "blue");
  await expect(rows(page).nth(1).locator(".chip", { hasText: "to-cite" })).toHaveAttribute("data-color", "blue");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();

  await app.restart();
  await expect(rows(page).nth(0).locator(".chip", { hasText: "to-cite" })).toHaveAttribute("data-color", "blue");
});

test("the tag tree: a parent filters with its children, and collapses", async ({ app }) => {
  const { page } = app;
  const ids = await firstIds(app, 8);
  await call(app, "addTags", { ids: ids.slice(0, 3), tags: ["method/transformers"] });
  await call(app, "addTags", { ids: ids.slice(2, 5), tags: ["method/diffusion"] });
  await call(app, "addTags", { ids: [ids[7] as string], tags: ["method"] });

  // 1 tagged "method" itself + 5 under it (one paper has both children).
  const parent = tagButton(page, "method", 6);
  await expect(parent).toBeVisible();
  await expect(tagButton(page, "transformers", 3)).toBeVisible();
  await expect(tagButton(page, "diffusion", 3)).toBeVisible();

  await parent.click();
  await expect(parent).toHaveAttribute("aria-pressed", "true");
  await expect(rows(page)).toHaveCount(6);
  await expect(page.getByText("6 papers")).toBeVisible();

  await tagButton(page, "diffusion", 3).click();
  await parent.click();
  await expect(rows(page)).toHaveCount(3);

  const toggle = sidebar(page).getByRole("button", { name: "Subtags" });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(tagButton(page, "transformers", 3)).toBeHidden();
  await toggle.click();
  await expect(tagButton(page, "transformers", 3)).toBeVisible();
});

test("several tags filter with any or all of them", async ({ app }) => {
  const { page } = app;
  const ids = await firstIds(app, 6);
  await call(app, "addTags", { ids: ids.slice(0, 3), tags: ["alpha"] });
  await call(app, "addTags", { ids: ids.slice(1, 5), tags: ["beta"] });

  await tagButton(page, "alpha", 3).click();
  await expect(rows(page)).toHaveCount(3);
  await tagButton(page, "beta", 4).click();
  const match = sidebar(page).getByRole("group", { name: "Match" });
  await expect(match.getByRole("radio", { name: "Any" })).toBeChecked();
  await expect(rows(page)).toHaveCount(5);
  await match.getByRole("radio", { name: "All" }).check();
  await expect(rows(page)).toHaveCount(2);
  await tagButton(page, "alpha", 3).click();
  await expect(rows(page)).toHaveCount(4);
  await expect(match).toBeHidden();
  await sidebar(page).getByRole("button", { name: "All 86" }).click();
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByText("86 papers")).toBeVisible();
});

test("the Starred entry and the priority filters narrow the list", async ({ app }) => {
  const { page } = app;
  const ids = await firstIds(app, 10);
  await call(app, "setStarred", { ids: [ids[1] as string, ids[4] as string], starred: true });
  await call(app, "setPriority", { ids: [ids[4] as string, ids[6] as string, ids[8] as string], priority: "high" });
  // The sidebar sends these as the search syntax `is:starred` / `priority:high` (see filterSyntax).

  const starred = sidebar(page).getByRole("button", { name: "Starred 2", exact: true });
  await starred.click();
  await expect(rows(page)).toHaveCount(2);
  await sidebar(page).getByRole("button", { name: "High", exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await starred.click();
  await expect(rows(page)).toHaveCount(3);
  for (const i of [0, 1, 2]) await expect(rows(page).nth(i)).toHaveAccessibleName(/High priority/);
  // Typed text combines with the sidebar's filters, and the search box shows only what was typed.
  const search = page.getByRole("searchbox", { name: "Search" });
  const title = (await call(app, "getPaper", { id: ids[6] as string })).paper.title;
  await search.fill(title.split(/\s+/).slice(0, 3).join(" "));
  await expect(rows(page)).toHaveCount(1);
  await expect(search).not.toHaveValue(/priority:/);
  await sidebar(page).getByRole("button", { name: "High", exact: true }).click();
  await expect(paperList(page)).toBeVisible();
});

/** A pattern matching the start of a title (the row name starts with it). */
function titleStart(s: string): string {
  return s.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
