/**
 * axe on the main screens, light and dark: the library with colored tags, priorities and stars; a bulk
 * selection with its bar and toast; the shortcuts sheet; a tag's menu. No serious or critical findings.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { call, firstIds, paperList, rows, tagOptions, toast } from "./organize-helpers";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

for (const scheme of ["light", "dark"] as const) {
  test(`no serious or critical axe findings (${scheme})`, async ({ app }) => {
    const { page } = app;
    const ids = await firstIds(app, 8);
    await call(app, "addTags", { ids: ids.slice(0, 4), tags: ["method/transformers"] });
    await call(app, "addTags", { ids: ids.slice(2, 6), tags: ["to-cite"] });
    await call(app, "setTagColor", { tag: "to-cite", color: "red" });
    await call(app, "setTagColor", { tag: "method/transformers", color: "yellow" });
    await call(app, "setPriority", { ids: ids.slice(0, 2), priority: "high" });
    await call(app, "setPriority", { ids: ids.slice(2, 4), priority: "medium" });
    await call(app, "setPriority", { ids: ids.slice(4, 6), priority: "low" });
    await call(app, "setStarred", { ids: ids.slice(1, 3), starred: true });
    await call(app, "setStatus", { ids: ids.slice(0, 2), status: "read" });
    await page.emulateMedia({ colorScheme: scheme });

    await rows(page).nth(1).click();
    await expect(page.getByRole("region", { name: "Paper details" }).getByRole("heading", { level: 2 })).toBeVisible();
    await expect(rows(page).nth(0).locator(".chip[data-color]").first()).toBeVisible();
    expect(await seriousViolations(page), "main screen").toEqual([]);

    await rows(page)
      .nth(4)
      .click({ modifiers: ["Shift"] });
    await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Star", exact: true }).click();
    await expect(toast(page).getByRole("button", { name: "Undo" })).toBeVisible();
    expect(await seriousViolations(page), "bulk selection and toast").toEqual([]);

    await tagOptions(page, "to-cite").click();
    await expect(page.getByRole("dialog", { name: "Tag to-cite" })).toBeVisible();
    expect(await seriousViolations(page), "tag menu").toEqual([]);
    await page.keyboard.press("Escape");

    await paperList(page).focus();
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await seriousViolations(page), "shortcuts sheet").toEqual([]);
  });
}

test("no serious or critical axe findings with the dark override on a light OS", async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await rows(page).nth(0).click();
  expect(await seriousViolations(page)).toEqual([]);
});
