/**
 * Hostile content stays inert: a note full of HTML and script URLs renders as harmless Markdown (no
 * dialogs, no script/img/svg/iframe, no request to a remote host), and a paper added by hand with HTML
 * in its title and abstract shows that HTML as text in the list and the detail pane.
 */

import { detailPane, openPaper, paperList, SOUPS } from "./annotate-helpers";
import { expect, test } from "./fixtures";

const HOSTILE_NOTE = [
  "<script>alert('script')</script>",
  "",
  "<img src=x onerror=alert('img')>",
  "",
  "[js](javascript:alert('js'))",
  "",
  "[data](data:text/html,<script>alert('data')</script>)",
  "",
  "![remote](https://remote.example/img.png)",
  "",
  "<svg onload=alert('svg')><circle r=5 /></svg>",
  "",
  "&lt;script&gt;alert('entities')&lt;/script&gt;",
  "",
  "[encoded](jav&#x61;script:alert('encoded'))",
  "",
  '<iframe src="https://remote.example/frame"></iframe>',
  "",
  "[ref][r] and <javascript:alert('autolink')>",
  "",
  "[r]: javascript:alert('ref')",
  "",
  "<a href=\"javascript:alert('a')\">raw link</a> **still markdown**",
].join("\n");

const HTML_TITLE = '<img src=x onerror="alert(1)"> Quokka <b>soups</b> for all';
const HTML_ABSTRACT = "We show <script>alert(2)</script> and <img src=x onerror=alert(3)> as plain text.";

test("a hostile note renders inert in the preview", async ({ app }) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const remote: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("remote.example")) remote.push(r.url());
  });

  const detail = await openPaper(page, SOUPS);
  await detail.getByRole("textbox", { name: "Note" }).fill(HOSTILE_NOTE);
  await detail.getByRole("tab", { name: "Preview" }).click();
  const preview = detail.getByRole("tabpanel");
  await expect(preview.locator("strong", { hasText: "still markdown" })).toBeVisible();

  await expect(preview.locator("script, img, svg, iframe, object, embed, style")).toHaveCount(0);
  await expect(page.locator("script:not([src]), iframe, svg[onload], [onerror], [onload]")).toHaveCount(0);
  // Raw HTML shows as the text typed; entities are text too; an image is its alt text.
  await expect(preview.getByText("<img src=x onerror=alert('img')>")).toBeVisible();
  await expect(preview.getByText("<svg onload=alert('svg')><circle r=5 /></svg>")).toBeVisible();
  await expect(preview.getByText("<script>alert('entities')</script>")).toBeVisible();
  await expect(preview.getByText("[remote]")).toBeVisible();
  // Every link left points somewhere safe; the dangerous ones are plain text.
  for (const link of await preview.locator("a").all()) {
    expect(await link.getAttribute("href")).toMatch(/^(https?:|mailto:|#)/);
  }
  await expect(preview.getByText("js", { exact: true })).toBeVisible();
  await expect(preview.getByRole("link", { name: "js" })).toHaveCount(0);
  await expect(preview.getByRole("link", { name: "encoded" })).toHaveCount(0);
  await expect(preview.getByRole("link", { name: "data" })).toHaveCount(0);

  // Clicking what looks like links runs nothing.
  await preview.getByText("encoded", { exact: true }).click();
  await preview.getByText("js", { exact: true }).click();
  await detail.getByRole("tab", { name: "Edit" }).click();
  await detail.getByRole("tab", { name: "Preview" }).click();
  expect(dialogs).toEqual([]);
  expect(remote).toEqual([]);
});

test("HTML in a title or an abstract is shown as text", async ({ app }) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await detailPane(page).getByRole("button", { name: "Add paper" }).click();
  const form = page.getByRole("dialog", { name: "Add a paper" });
  await form.getByLabel("Title").fill(HTML_TITLE);
  await form.getByLabel("Abstract").fill(HTML_ABSTRACT);
  await form.getByRole("button", { name: "Add paper" }).click();
  await expect(form).toHaveCount(0);

  const detail = detailPane(page);
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText(HTML_TITLE);
  await expect(detail.locator("p.abstract")).toHaveText(HTML_ABSTRACT);
  // New papers come last in the list; a search brings this one into view.
  await page.getByRole("searchbox", { name: "Search" }).fill("Quokka");
  const row = paperList(page).getByRole("option", { name: /Quokka/ });
  await expect(row).toContainText(HTML_TITLE);
  await expect(page.locator("main img, main script, main b")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
