/**
 * The end-to-end path of a reader: the bundled corpus is shown; a paper is marked read, tagged and
 * annotated; after a restart on the same data dir everything is still there.
 */
import { mkdir } from "node:fs/promises";
import { expect, test } from "./fixtures";

const SHS = "SHS-Net: Learning Signed Hyper Surfaces for Oriented Normal Estimation of Point Clouds";
const SOUPS =
  "Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time";

test("the bundled corpus opens with 86 papers and live sidebar counts", async ({ app }) => {
  const { page } = app;
  const list = page.getByRole("listbox", { name: "Papers" });
  await expect(list.getByRole("option").first()).toContainText(SHS);
  await expect(page.getByText("86 papers")).toBeVisible();
  const sidebar = page.getByRole("navigation");
  await expect(sidebar.getByRole("button", { name: /^All\b.*86/ })).toBeVisible();
  await expect(sidebar.getByRole("button", { name: /^Unread\b.*86/ })).toBeVisible();
});

test("status, tag and note survive a restart, and the counts agree", async ({ app }) => {
  const { page } = app;
  const list = page.getByRole("listbox", { name: "Papers" });
  await list.getByRole("option", { name: new RegExp(SOUPS.slice(0, 30)) }).click();

  const detail = page.getByRole("region", { name: "Paper details" });
  await expect(detail.getByRole("heading", { name: SOUPS })).toBeVisible();
  await expect(detail.getByRole("link", { name: "https://github.com/mlfoundations/model-soups" })).toHaveAttribute(
    "href",
    "https://github.com/mlfoundations/model-soups",
  );

  await detail.getByRole("radiogroup", { name: "Status" }).getByRole("radio", { name: "Read", exact: true }).click();
  const sidebar = page.getByRole("navigation");
  await expect(sidebar.getByRole("button", { name: /^Read\b.*1/ })).toBeVisible();
  await expect(sidebar.getByRole("button", { name: /^Unread\b.*85/ })).toBeVisible();

  const tagInput = detail.getByRole("combobox", { name: "Add tag" });
  await tagInput.fill("to-cite");
  await tagInput.press("Enter");
  await expect(detail.getByRole("button", { name: "Remove tag to-cite" })).toBeVisible();
  await expect(sidebar.getByRole("button", { name: /to-cite.*1/ })).toBeVisible();

  const note = detail.getByRole("textbox", { name: "Note" });
  await note.fill("Average the **weights**, not the predictions.");
  await expect(detail.getByText(/^Saved/)).toBeVisible();

  await app.restart();

  const row = page
    .getByRole("listbox", { name: "Papers" })
    .getByRole("option", { name: new RegExp(SOUPS.slice(0, 30)) });
  await expect(row).toContainText("to-cite");
  await expect(row.getByLabel("Has note")).toBeVisible();
  await row.click();
  const detail2 = page.getByRole("region", { name: "Paper details" });
  await expect(
    detail2.getByRole("radiogroup", { name: "Status" }).getByRole("radio", { name: "Read", exact: true }),
  ).toBeChecked();
  await expect(detail2.getByRole("button", { name: "Remove tag to-cite" })).toBeVisible();
  await expect(detail2.getByRole("textbox", { name: "Note" })).toHaveValue(
    "Average the **weights**, not the predictions.",
  );
  const sidebar2 = page.getByRole("navigation");
  await expect(sidebar2.getByRole("button", { name: /^All\b.*86/ })).toBeVisible();
  await expect(sidebar2.getByRole("button", { name: /^Read\b.*1/ })).toBeVisible();
  await expect(sidebar2.getByRole("button", { name: /^Unread\b.*85/ })).toBeVisible();

  // Clicking the tag in the sidebar filters the list to the one tagged paper.
  await sidebar2.getByRole("button", { name: /to-cite/ }).click();
  await expect(page.getByRole("listbox", { name: "Papers" }).getByRole("option")).toHaveCount(1);
});

test("the note preview renders Markdown and never runs HTML from the note", async ({ app }) => {
  const { page } = app;
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await page.getByRole("listbox", { name: "Papers" }).getByRole("option").first().click();
  const detail = page.getByRole("region", { name: "Paper details" });
  await detail
    .getByRole("textbox", { name: "Note" })
    .fill(
      '## Idea\n\n<img src=x onerror="alert(1)"><script>alert(2)</script>\n\n[click](javascript:alert(3)) **bold**',
    );
  await detail.getByRole("tab", { name: "Preview" }).click();
  await expect(detail.getByRole("heading", { name: "Idea" })).toBeVisible();
  await expect(detail.locator("strong", { hasText: "bold" })).toBeVisible();
  await expect(detail.locator("script, img[onerror], a[href^='javascript']")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("screenshot of the app on the bundled corpus", async ({ app }, testInfo) => {
  const { page } = app;
  const rows = page.getByRole("listbox", { name: "Papers" }).getByRole("option");
  const detail = page.getByRole("region", { name: "Paper details" });
  // A little reading history, so the picture shows what a list in use looks like.
  const annotate = async (row: number, status: "Reading" | "Read", tags: string[]) => {
    await rows.nth(row).click();
    await detail.getByRole("radiogroup", { name: "Status" }).getByRole("radio", { name: status, exact: true }).click();
    for (const tag of tags) {
      await detail.getByRole("combobox", { name: "Add tag" }).fill(tag);
      await detail.getByRole("combobox", { name: "Add tag" }).press("Enter");
      await expect(detail.getByRole("button", { name: `Remove tag ${tag}` })).toBeVisible();
    }
  };
  await annotate(0, "Read", ["3d/point-clouds"]);
  await annotate(1, "Reading", ["vision/anomaly-detection"]);
  await annotate(3, "Read", ["method/transformers"]);
  await annotate(4, "Reading", ["method/ensembles", "to-cite"]);
  await detail.getByRole("button", { name: "Star" }).click();
  await detail
    .getByRole("textbox", { name: "Note" })
    .fill(
      "Average the **weights** of fine-tuned models, not their predictions.\n\n- no extra inference cost\n- try on our ViT runs",
    );
  await expect(detail.getByText(/^Saved/)).toBeVisible();
  await detail.getByRole("tab", { name: "Preview" }).click();
  await expect(detail.getByRole("heading").first()).toBeVisible();
  // Show the top of the details: the title, status, priority and tags.
  await detail.evaluate((el) => {
    for (let e: Element | null = el; e; e = e.parentElement) e.scrollTop = 0;
  });
  const path = testInfo.outputPath("folio.png");
  await page.screenshot({ path });
  if (process.env.FOLIO_UPDATE_SCREENSHOT && testInfo.project.name === "browser") {
    await mkdir("test/e2e/screenshots", { recursive: true });
    await page.screenshot({ path: "test/e2e/screenshots/folio.png" });
  }
});
