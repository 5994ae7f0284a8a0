/** Papers by hand: add one (the title is required), edit its fields, delete it and undo the delete. */

import { detailPane, paperList } from "./annotate-helpers";
import { expect, test } from "./fixtures";

test("add a paper by hand, edit it, delete it and undo", async ({ app }) => {
  const { page } = app;
  const detail = detailPane(page);
  await detail.getByRole("button", { name: "Add paper" }).click();
  const form = page.getByRole("dialog", { name: "Add a paper" });
  const title = form.getByRole("textbox", { name: "Title" });

  // Submitting without a title says so next to the field, which gets the focus.
  await form.getByRole("button", { name: "Add paper" }).click();
  await expect(form.getByText("A title is required")).toBeVisible();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toBeFocused();
  await form.getByRole("textbox", { name: "Year" }).fill("next year");
  await title.fill("Soup kitchens for neural networks");
  await form.getByRole("button", { name: "Add paper" }).click();
  await expect(form.getByText("The year must be a number, like 2024")).toBeVisible();

  await form.getByRole("textbox", { name: "Year" }).fill("2024");
  await form.getByRole("textbox", { name: "Authors" }).fill("Ada Lovelace\nAlan Turing; Grace Hopper");
  await form.getByRole("textbox", { name: "URL" }).fill("https://example.org/soup-kitchens");
  await form.getByRole("textbox", { name: "Abstract" }).fill("We cook many models into one.");
  await form.getByRole("button", { name: "Add paper" }).click();
  await expect(form).toHaveCount(0);

  // The new paper is shown, and counted.
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText("Soup kitchens for neural networks");
  await expect(detail.getByText("Ada Lovelace, Alan Turing, Grace Hopper · 2024")).toBeVisible();
  await expect(detail.getByRole("link", { name: "https://example.org/soup-kitchens" })).toBeVisible();
  const sidebar = page.getByRole("navigation", { name: "Library" });
  await expect(sidebar.getByRole("button", { name: /^All\b.*87/ })).toBeVisible();

  // Edit: the form starts from the paper's fields.
  await detail.getByRole("button", { name: "Edit paper" }).click();
  const edit = page.getByRole("dialog", { name: "Edit paper" });
  await expect(edit.getByRole("textbox", { name: "Authors" })).toHaveValue("Ada Lovelace\nAlan Turing\nGrace Hopper");
  await edit.getByRole("textbox", { name: "Title" }).fill("Soup kitchens for deep networks");
  await edit.getByRole("textbox", { name: "Venue" }).fill("NeurIPS");
  await edit.getByRole("textbox", { name: "URL" }).fill("");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText("Soup kitchens for deep networks");
  await expect(detail.getByText("Ada Lovelace, Alan Turing, Grace Hopper · NeurIPS · 2024")).toBeVisible();
  // A cleared year is removed.
  await detail.getByRole("button", { name: "Edit paper" }).click();
  await edit.getByRole("textbox", { name: "Year" }).fill("");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect(detail.getByText("Ada Lovelace, Alan Turing, Grace Hopper · NeurIPS", { exact: true })).toBeVisible();
  await expect(detail.getByRole("link", { name: "https://example.org/soup-kitchens" })).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Search" }).fill("kitchens");
  await expect(paperList(page).getByRole("option")).toHaveText([/Soup kitchens for deep networks/]);
  await page.getByRole("searchbox", { name: "Search" }).fill("");

  // Delete, after a confirmation; the toast's Undo brings it back with its note.
  await detail.getByRole("textbox", { name: "Note" }).fill("Keep me through the undo.");
  await detail.getByRole("button", { name: "Delete paper" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this paper?" });
  await expect(confirm).toContainText("Soup kitchens for deep networks");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(sidebar.getByRole("button", { name: /^All\b.*86/ })).toBeVisible();
  await expect(detail.getByRole("heading", { level: 2 })).toHaveCount(0);

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(sidebar.getByRole("button", { name: /^All\b.*87/ })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search" }).fill("kitchens");
  await paperList(page)
    .getByRole("option", { name: /Soup kitchens/ })
    .click();
  await expect(detail.getByRole("textbox", { name: "Note" })).toHaveValue("Keep me through the undo.");
});

test("Esc cancels the paper form without adding anything", async ({ app }) => {
  const { page } = app;
  await detailPane(page).getByRole("button", { name: "Add paper" }).click();
  const form = page.getByRole("dialog", { name: "Add a paper" });
  await form.getByRole("textbox", { name: "Title" }).fill("Never added");
  await page.keyboard.press("Escape");
  await expect(form).toHaveCount(0);
  await expect(
    page.getByRole("navigation", { name: "Library" }).getByRole("button", { name: /^All\b.*86/ }),
  ).toBeVisible();
});
