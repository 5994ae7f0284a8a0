/**
 * The note editor: Ctrl+B / Ctrl+I / Ctrl+K write Markdown (and toggle it off), the preview renders
 * code, lists, tables and links that open outside, and a note typed right before quitting is kept.
 */

import { openPaper, SOUPS, selectInTextarea } from "./annotate-helpers";
import { expect, test } from "./fixtures";

test("Ctrl+B, Ctrl+I and Ctrl+K write the right Markdown", async ({ app }) => {
  const { page } = app;
  const detail = await openPaper(page, SOUPS);
  const note = detail.getByRole("textbox", { name: "Note" });
  const select = (start: number, end: number) => selectInTextarea(note, start, end);

  await note.fill("make this strong");
  await select(5, 9);
  await note.press("Control+b");
  await expect(note).toHaveValue("make **this** strong");
  // The words stay selected: the same keys toggle the bold off again.
  await note.press("Control+b");
  await expect(note).toHaveValue("make this strong");
  await note.press("Control+b");
  // The browser's own undo reverts a shortcut like any typing.
  await note.press("Control+z");
  await expect(note).toHaveValue("make this strong");

  await select(10, 16);
  await note.press("Control+i");
  await expect(note).toHaveValue("make this *strong*");

  await note.fill("see the docs");
  await select(8, 12);
  await note.press("Control+k");
  await expect(note).toHaveValue("see the [docs](url)");
  // "url" is selected: typing replaces it.
  await note.pressSequentially("https://example.org/docs");
  await expect(note).toHaveValue("see the [docs](https://example.org/docs)");

  // The toolbar does the same for mouse users.
  await select(0, 3);
  await detail.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Italic" }).click();
  await expect(note).toHaveValue("*see* the [docs](https://example.org/docs)");
  await expect(detail.getByText(/^Saved/)).toBeVisible();
});

test("the preview renders a code block, lists, a table and links that open outside", async ({ app }) => {
  const { page } = app;
  const detail = await openPaper(page, SOUPS);
  await detail
    .getByRole("textbox", { name: "Note" })
    .fill(
      [
        "## Recipe",
        "",
        "```python",
        "soup = average(models)",
        "```",
        "",
        "- greedy soup",
        "- uniform soup",
        "",
        "1. fine-tune",
        "2. average",
        "",
        "| model | top-1 |",
        "| ----- | ----- |",
        "| ViT-G | 90.94 |",
        "",
        "Code: [repo](https://github.com/mlfoundations/model-soups), mail [me](mailto:me@example.org).",
      ].join("\n"),
    );
  await detail.getByRole("tab", { name: "Preview" }).click();
  const preview = detail.getByRole("tabpanel");
  await expect(preview.getByRole("heading", { name: "Recipe" })).toBeVisible();
  await expect(preview.locator("pre code")).toHaveText("soup = average(models)\n");
  await expect(preview.locator("ul > li")).toHaveText(["greedy soup", "uniform soup"]);
  await expect(preview.locator("ol > li")).toHaveText(["fine-tune", "average"]);
  const table = preview.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["model", "top-1"]);
  await expect(table.getByRole("cell")).toHaveText(["ViT-G", "90.94"]);
  const repo = preview.getByRole("link", { name: "repo" });
  await expect(repo).toHaveAttribute("href", "https://github.com/mlfoundations/model-soups");
  await expect(repo).toHaveAttribute("target", "_blank");
  await expect(repo).toHaveAttribute("rel", "noopener noreferrer");
  await expect(preview.getByRole("link", { name: "me" })).toHaveAttribute("href", "mailto:me@example.org");

  // n goes back to the editor, with the caret in the note.
  await page.getByRole("listbox", { name: "Papers" }).focus();
  await page.keyboard.press("n");
  await expect(detail.getByRole("textbox", { name: "Note" })).toBeFocused();
});

test("a note typed right before quitting is on disk after the restart", async ({ app }) => {
  const { page } = app;
  let detail = await openPaper(page, SOUPS);
  await detail.getByRole("textbox", { name: "Note" }).fill("Written one moment before quitting.");
  // No waiting for "Saved": the server gets SIGTERM at once.
  await app.restart();
  detail = await openPaper(page, SOUPS);
  await expect(detail.getByRole("textbox", { name: "Note" })).toHaveValue("Written one moment before quitting.");
});

test("t focuses the tag input and Esc leaves it", async ({ app }) => {
  const { page } = app;
  const detail = await openPaper(page, SOUPS);
  await page.keyboard.press("t");
  const tagInput = detail.getByRole("combobox", { name: "Add tag" });
  await expect(tagInput).toBeFocused();
  await page.keyboard.type("soups");
  await page.keyboard.press("Enter");
  await expect(detail.getByRole("button", { name: "Remove tag soups" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tagInput).not.toBeFocused();
  // Back on the page, shortcuts work again: n goes to the note.
  await page.keyboard.press("n");
  await expect(detail.getByRole("textbox", { name: "Note" })).toBeFocused();
});
