/** Helpers shared by the organize-*.spec.ts files (not a spec itself). */
import type { Locator, Page } from "@playwright/test";
import type { MethodResults } from "../../shared/api/contract";
import type { MethodInput, MethodName } from "../../shared/api/schemas";
import type { FolioApp } from "./fixtures";

export const paperList = (page: Page): Locator => page.getByRole("listbox", { name: "Papers" });
export const sidebar = (page: Page): Locator => page.getByRole("navigation", { name: "Library" });
export const detailPane = (page: Page): Locator => page.getByRole("region", { name: "Paper details" });
export const bulkBar = (page: Page): Locator => page.getByRole("region", { name: "Bulk actions" });
/** The undo toast (a status region); notices have their own region. */
export const toast = (page: Page): Locator => page.locator(".toast-region");
export const rows = (page: Page): Locator => paperList(page).getByRole("option");
export const selectedRows = (page: Page): Locator => paperList(page).locator('[role="option"][aria-selected="true"]');

/** A sidebar tag filter button, by its label and count ("ml 3"). */
export const tagButton = (page: Page, label: string, count: number): Locator =>
  sidebar(page).getByRole("button", { name: `${label} ${count}`, exact: true });

/** The "Tag options" button beside the tag filter whose label is `label`. */
export function tagOptions(page: Page, label: string): Locator {
  return sidebar(page)
    .locator(".tag-node")
    .filter({ has: page.locator(".filter-label", { hasText: new RegExp(`^${label}$`) }) })
    .getByRole("button", { name: "Tag options" });
}

/**
 * Set up state through the same API the UI uses (the loopback server with this run's token, or the
 * Electron bridge), for what a spec does not test through the UI.
 */
export async function call<M extends MethodName>(app: FolioApp, method: M, arg: MethodInput<M>) {
  if (app.url) {
    const base = new URL(app.url);
    const token = new URLSearchParams(base.hash.slice(1)).get("token") ?? "";
    const res = await fetch(`${base.origin}/api/${method}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", origin: base.origin },
      body: JSON.stringify(arg),
    });
    const envelope = (await res.json()) as { ok: boolean; result?: MethodResults[M]; error?: unknown };
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.result as MethodResults[M];
  }
  return app.page.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: the Electron bridge, untyped inside the page's context
    ([m, a]) => (window as any).folio[m](a) as Promise<MethodResults[M]>,
    [method, arg] as const,
  );
}

/** The ids of the first `n` papers in the default order (as added). */
export async function firstIds(app: FolioApp, n: number): Promise<string[]> {
  return (await call(app, "query", { limit: n })).items.map((r) => r.id);
}

/** The state of papers as the core has it now. */
export async function statesOf(app: FolioApp, ids: readonly string[]) {
  return Promise.all(ids.map(async (id) => (await call(app, "getPaper", { id })).state));
}
