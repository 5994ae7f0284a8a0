/** Helpers shared by the annotate-*.spec.ts files (not a spec itself). */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

export const SOUPS =
  "Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time";

export const detailPane = (page: Page): Locator => page.getByRole("region", { name: "Paper details" });
export const paperList = (page: Page): Locator => page.getByRole("listbox", { name: "Papers" });
export const rowOf = (page: Page, title: string): Locator =>
  paperList(page).getByRole("option", { name: new RegExp(escapeRegExp(title.slice(0, 30))) });

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Select a paper in the list and wait for its details. */
export async function openPaper(page: Page, title: string): Promise<Locator> {
  await rowOf(page, title).click();
  const detail = detailPane(page);
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText(title);
  return detail;
}

/**
 * The few DOM APIs the page functions below use. This file is type-checked with the Node library only,
 * so functions that run in the page reach the DOM through `globalThis` cast to these shapes.
 */
interface PageNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  readonly firstChild: PageNode | null;
}
interface PageElement extends PageNode {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface PageRange {
  setStart(node: PageNode, offset: number): void;
  setEnd(node: PageNode, offset: number): void;
  setEndBefore(node: PageNode): void;
  toString(): string;
}
interface PageGlobals {
  document: { querySelector(selector: string): PageElement | null; createRange(): PageRange };
  getSelection(): { removeAllRanges(): void; addRange(range: PageRange): void } | null;
}
interface PageTextArea {
  setSelectionRange(start: number, end: number): void;
}

/**
 * Select [start, end) of the shown abstract's text with a DOM Range, as a mouse drag would; the
 * abstract may be drawn in several elements (links, highlights). With `fromTitle`, the range starts
 * inside the paper's title instead (a drag reaching out of the abstract).
 */
async function selectAbstractRange(page: Page, start: number, end: number, fromTitle = false): Promise<void> {
  await page.evaluate(
    ([start, end, fromTitle]) => {
      const g = globalThis as unknown as PageGlobals;
      const root = g.document.querySelector('[aria-label="Paper details"] p.abstract');
      if (!root) throw new Error("no abstract on screen");
      const texts: PageNode[] = [];
      const walk = (node: PageNode) => {
        if (node.nodeType === 3) texts.push(node);
        for (let i = 0; i < node.childNodes.length; i++) {
          const child = node.childNodes[i];
          if (child) walk(child);
        }
      };
      walk(root);
      const point = (offset: number): [PageNode, number] => {
        let rest = offset;
        for (const n of texts) {
          const length = n.textContent?.length ?? 0;
          if (rest <= length) return [n, rest];
          rest -= length;
        }
        throw new Error("offset past the end of the abstract");
      };
      const range = g.document.createRange();
      const title = g.document.querySelector('[aria-label="Paper details"] h2')?.firstChild;
      if (fromTitle && title) range.setStart(title, 6);
      else range.setStart(...point(start));
      range.setEnd(...point(end));
      const selection = g.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [start, end, fromTitle] as const,
  );
}

/** Select the `nth` occurrence (0-based) of `phrase` in the shown abstract. */
export async function selectInAbstract(page: Page, phrase: string, nth = 0): Promise<void> {
  const text = await abstractText(page);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" #${nth} is not in the abstract`);
  await selectAbstractRange(page, at, at + phrase.length);
}

/** Select from inside the title to `end` in the abstract. */
export function selectFromTitleInto(page: Page, end: number): Promise<void> {
  return selectAbstractRange(page, 0, end, true);
}

export async function clearSelection(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as PageGlobals).getSelection()?.removeAllRanges());
}

/** Select [start, end) in a textarea. */
export async function selectInTextarea(textarea: Locator, start: number, end: number): Promise<void> {
  await textarea.evaluate((el, [s, e]) => (el as unknown as PageTextArea).setSelectionRange(s, e), [
    start,
    end,
  ] as const);
}

/** Where each highlight mark is drawn: its text and its offset in the abstract's text. */
export function drawnMarks(page: Page): Promise<{ text: string; at: number }[]> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const root = g.document.querySelector('[aria-label="Paper details"] p.abstract');
    if (!root) return [];
    return Array.from(root.querySelectorAll("mark"), (mark) => {
      const before = g.document.createRange();
      before.setStart(root, 0);
      before.setEndBefore(mark);
      return { text: mark.textContent ?? "", at: before.toString().length };
    });
  });
}

/** The abstract's text as drawn. */
export async function abstractText(page: Page): Promise<string> {
  return (await page.locator('[aria-label="Paper details"] p.abstract').textContent()) ?? "";
}
