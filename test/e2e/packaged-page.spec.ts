/**
 * The built renderer as the packaged app shows it: from a non-`file:` origin, with the one
 * Content-Security-Policy as a response header as well as in the page's meta tag. It must render, and
 * loading it must raise no CSP violation. Once as `folio serve` sends it, once with every page and asset
 * answered by the packaged app's own `app://` handler (appResponse) and the API by the real core.
 */
import { realpath } from "node:fs/promises";
import type { Page, Response } from "@playwright/test";
import { appResponse } from "../../main/electron/app-protocol";
import { HEADER_CSP, PAGE_CSP } from "../../shared/csp";
import { expect, test } from "./fixtures";

const RENDERER_DIR = new URL("../../dist/renderer", import.meta.url).pathname;

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Reloads the page with CSP listeners in place before its first script; returns what they caught. */
async function loadWatchingCsp(
  page: Page,
): Promise<{ response: Response | null; violations: () => Promise<string[]> }> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || "(inline)"}`);
    });
  });
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) messages.push(message.text());
  });
  const response = await page.reload();
  return {
    response,
    violations: async () => [...((await page.evaluate(() => window.__cspViolations)) ?? []), ...messages],
  };
}

async function expectRendered(page: Page): Promise<void> {
  expect(new URL(page.url()).protocol).not.toBe("file:");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", PAGE_CSP);
  await expect(page.getByRole("listbox", { name: "Papers" }).getByRole("option").first()).toBeVisible();
  await expect(page.getByText("86 papers")).toBeVisible();
}

test("the built page renders under the header CSP without a single violation", async ({ app }) => {
  const { response, violations } = await loadWatchingCsp(app.page);
  expect(response?.headers()["content-security-policy"]).toBe(HEADER_CSP);
  await expectRendered(app.page);
  expect(await violations()).toEqual([]);
});

test("the page and assets as the app:// protocol answers them render without a violation", async ({ app }) => {
  test.skip(app.url === undefined, "Electron serves app:// itself; this drives its handler from a browser");
  const root = realpath(RENDERER_DIR);
  const served: string[] = [];
  await app.page.route(
    (url) => !url.pathname.startsWith("/api/"),
    async (route) => {
      const { pathname, search } = new URL(route.request().url());
      const answer = await appResponse(new Request(`app://folio${pathname}${search}`), root);
      served.push(`${answer.status} ${pathname}`);
      await route.fulfill({
        status: answer.status,
        headers: Object.fromEntries(answer.headers),
        body: Buffer.from(await answer.arrayBuffer()),
      });
    },
  );
  const { response, violations } = await loadWatchingCsp(app.page);
  expect(response?.headers()["content-security-policy"]).toBe(HEADER_CSP);
  await expectRendered(app.page);
  expect(served).toContain("200 /");
  expect(served.some((line) => /^200 \/assets\/index-[\w-]+\.js$/.test(line))).toBe(true);
  expect(await violations()).toEqual([]);
});
