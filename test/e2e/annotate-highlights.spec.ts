/**
 * Highlights on the abstract: select words, choose "Highlight" (or press h); the highlight is drawn
 * over exactly those words, listed under the note with a comment, and both survive a restart.
 */

import {
  abstractText,
  clearSelection,
  detailPane,
  drawnMarks,
  openPaper,
  SOUPS,
  selectFromTitleInto,
  selectInAbstract,
} from "./annotate-helpers";
import { expect, test } from "./fixtures";

// "large pre-trained models" occurs twice in the Model soups abstract: the highlight must stay on the second.
const TWICE = "large pre-trained models";
const PHRASE = "averaging the weights of multiple models";

test("a highlight is drawn over the selected words, keeps its comment, and survives a restart", async ({ app }) => {
  const { page } = app;
  let detail = await openPaper(page, SOUPS);
  const text = await abstractText(page);
  const second = text.indexOf(TWICE, text.indexOf(TWICE) + 1);
  expect(second).toBeGreaterThan(text.indexOf(TWICE));

  await selectInAbstract(page, TWICE, 1);
  await detail.getByRole("button", { name: "Highlight", exact: true }).click();
  await expect(detail.locator("mark")).toHaveText(TWICE);
  expect(await drawnMarks(page)).toEqual([{ text: TWICE, at: second }]);
  // The selection is consumed and the floating button gone.
  await expect(detail.getByRole("button", { name: "Highlight", exact: true })).toHaveCount(0);

  const item = detail.getByRole("listitem").filter({ hasText: TWICE });
  await expect(item.getByRole("blockquote")).toHaveText(TWICE);
  const comment = item.getByRole("textbox", { name: "Comment" });
  await comment.fill("The soup recipe applies to both CLIP and ViT-G.");
  await comment.blur();

  await app.restart();
  detail = await openPaper(page, SOUPS);
  await expect(detail.locator("mark")).toHaveText(TWICE);
  expect(await drawnMarks(page)).toEqual([{ text: TWICE, at: second }]);
  await expect(
    detail.getByRole("listitem").filter({ hasText: TWICE }).getByRole("textbox", { name: "Comment" }),
  ).toHaveValue("The soup recipe applies to both CLIP and ViT-G.");
});

test("h highlights the selection; a highlight can be deleted and the delete undone", async ({ app }) => {
  const { page } = app;
  const detail = await openPaper(page, SOUPS);
  await selectInAbstract(page, PHRASE);
  await page.keyboard.press("h");
  await expect(detail.locator("mark")).toHaveText(PHRASE);

  // A second highlight, inside the repository link: drawn inside the link, which still works.
  await selectInAbstract(page, "model-soups");
  await page.keyboard.press("h");
  await expect(detail.locator("mark")).toHaveCount(2);
  await expect(detail.getByRole("link", { name: "https://github.com/mlfoundations/model-soups" })).toHaveAttribute(
    "href",
    "https://github.com/mlfoundations/model-soups",
  );
  await expect(detail.locator("a mark")).toHaveText("model-soups");

  // h without a selection in the abstract does nothing (and types nothing anywhere).
  await clearSelection(page);
  await page.keyboard.press("h");
  await expect(detail.locator("mark")).toHaveCount(2);

  const item = detail.getByRole("listitem").filter({ hasText: PHRASE });
  await item.getByRole("button", { name: "Delete highlight" }).click();
  await expect(detail.locator("mark")).toHaveText(["model-soups"]);
  await expect(detail.getByRole("listitem").filter({ hasText: PHRASE })).toHaveCount(0);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(detail.locator("mark")).toHaveText([PHRASE, "model-soups"]);
});

test("a highlight comment typed just before quitting is saved", async ({ app }) => {
  const { page } = app;
  let detail = await openPaper(page, SOUPS);
  await selectInAbstract(page, PHRASE);
  await detail.getByRole("button", { name: "Highlight", exact: true }).click();
  await detail.getByRole("textbox", { name: "Comment" }).fill("Typed, then quit at once.");
  // No blur, no waiting for a save: the server gets SIGTERM right away.
  await app.restart();
  detail = await openPaper(page, SOUPS);
  await expect(detail.getByRole("textbox", { name: "Comment" })).toHaveValue("Typed, then quit at once.");
});

test("a selection reaching out of the abstract highlights only its part inside", async ({ app }) => {
  const { page } = app;
  const detail = detailPane(page);
  await openPaper(page, SOUPS);
  // A drag from the title into the abstract highlights only the abstract's part.
  await selectFromTitleInto(page, "The conventional recipe".length);
  await detail.getByRole("button", { name: "Highlight", exact: true }).click();
  await expect(detail.locator("mark")).toHaveText("The conventional recipe");
});

test("after the abstract is edited a highlight follows its words, or is listed as detached", async ({ app }) => {
  const { page } = app;
  const detail = await openPaper(page, SOUPS);
  await selectInAbstract(page, PHRASE);
  await page.keyboard.press("h");
  await expect(detail.locator("mark")).toHaveText(PHRASE);

  const editAbstract = async (change: (text: string) => string) => {
    await detail.getByRole("button", { name: "Edit paper" }).click();
    const form = page.getByRole("dialog", { name: "Edit paper" });
    const field = form.getByRole("textbox", { name: "Abstract" });
    await field.fill(change(await field.inputValue()));
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form).toHaveCount(0);
  };

  // Words added before it: the stored offsets now point elsewhere, the highlight stays on its words.
  await editAbstract((text) => `Summary first. ${text}`);
  await expect(detail.locator("p.abstract")).toHaveText(/^Summary first\. /);
  const text = await abstractText(page);
  expect(await drawnMarks(page)).toEqual([{ text: PHRASE, at: text.indexOf(PHRASE) }]);

  // Its words removed: nothing is drawn over other text, and the list says so.
  await editAbstract((t) => t.replace(PHRASE, "mixing models"));
  await expect(detail.locator("p.abstract")).toContainText("We show that mixing models");
  await expect(detail.locator("mark")).toHaveCount(0);
  const item = detail.getByRole("listitem").filter({ hasText: PHRASE });
  await expect(item).toContainText("no longer in the abstract");
  await item.getByRole("button", { name: "Delete highlight" }).click();
  await expect(detail.getByRole("listitem").filter({ hasText: PHRASE })).toHaveCount(0);
});
