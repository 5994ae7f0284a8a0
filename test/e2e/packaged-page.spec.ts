/**
 * The built renderer as the packaged app serves it: from a non-`file:` origin (`folio serve`'s loopback
 * origin here, `app://folio/` in Electron), with the one Content-Security-Policy as a response header
 * as well as in the page's meta tag. It must render, and loading it must raise no CSP violation.
 */
import { HEADER_CSP, PAGE_CSP } from "../../shared/csp";
import { expect, test } from "./fixtures";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test("the built page renders under the packaged CSP without a single violation", async ({ app }) => {
  const { page } = app;
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || "(inline)"}`);
    });
  });
  const cspMessages: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspMessages.push(message.text());
  });

  // A fresh load, with the listeners in place before the first script runs.
  const response = await page.reload();
  expect(new URL(page.url()).protocol).not.toBe("file:");
  expect(response?.headers()["content-security-policy"]).toBe(HEADER_CSP);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", PAGE_CSP);

  await expect(page.getByRole("listbox", { name: "Papers" }).getByRole("option").first()).toBeVisible();
  await expect(page.getByText("86 papers")).toBeVisible();

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(cspMessages).toEqual([]);
});
