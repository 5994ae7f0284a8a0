/** Light and dark follow the OS by default; the override in the sidebar is kept in the settings. */
import { expect, test } from "./fixtures";
import { call, sidebar } from "./organize-helpers";

const LIGHT_BG = "rgb(251, 250, 248)";
const DARK_BG = "rgb(28, 29, 32)";

test("the theme follows the OS until overridden, and the override survives a restart", async ({ app }) => {
  const { page } = app;
  const theme = sidebar(page).getByRole("radiogroup", { name: "Theme" });
  const body = page.locator("body");
  await expect(theme.getByRole("radio", { name: "System" })).toBeChecked();

  await page.emulateMedia({ colorScheme: "dark" });
  await expect(body).toHaveCSS("background-color", DARK_BG);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(body).toHaveCSS("background-color", LIGHT_BG);

  await theme.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(body).toHaveCSS("background-color", DARK_BG);
  await expect.poll(async () => (await call(app, "getSettings", {})).theme).toBe("dark");

  await app.restart();
  await page.emulateMedia({ colorScheme: "light" });
  await expect(sidebar(page).getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(body).toHaveCSS("background-color", DARK_BG);

  // Light wins over a dark OS; System gives the choice back to the OS.
  await page.emulateMedia({ colorScheme: "dark" });
  await sidebar(page).getByRole("radio", { name: "Light" }).check();
  await expect(body).toHaveCSS("background-color", LIGHT_BG);
  await sidebar(page).getByRole("radio", { name: "System" }).check();
  await expect(body).toHaveCSS("background-color", DARK_BG);
  await expect.poll(async () => (await call(app, "getSettings", {})).theme).toBe("system");
});
