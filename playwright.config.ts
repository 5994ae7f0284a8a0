import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { type AppFixtureOptions, electronBinary } from "./test/e2e/fixtures";

/** Debian's Chromium when present (CI, these machines); Playwright's own build otherwise (a laptop). */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

// Workers load this file too; the env flag (inherited by them) makes the note print once.
if (!electronBinary() && !process.env.FOLIO_E2E_NOTED) {
  process.env.FOLIO_E2E_NOTED = "1";
  console.log(
    "[e2e] The electron project is skipped: no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD). " +
      "The browser project runs the same specs against the real core over the loopback transport.",
  );
}

export default defineConfig<AppFixtureOptions>({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "browser", use: { browserName: "chromium", appMode: "browser" } },
    { name: "electron", use: { appMode: "electron" } },
  ],
});
