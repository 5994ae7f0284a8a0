/**
 * The paper list's multi-selection, as pure functions: click, ctrl/cmd-click toggle, shift-click range,
 * keyboard extension and select-all over a paged list whose rows may not all be loaded.
 */

export interface Selection {
  /** The selected papers. */
  readonly ids: ReadonlySet<string>;
  /** The row the keyboard moves from and the detail pane shows. */
  readonly cursor: string | undefined;
  /** Where a shift-range starts: the index of the last plain or toggling click. */
  readonly anchor: number | undefined;
}

export const EMPTY_SELECTION: Selection = Object.freeze({
  ids: new Set<string>(),
  cursor: undefined,
  anchor: undefined,
});

/** A plain click or keyboard move: only this row. */
export function selectOne(index: number, id: string): Selection {
  return { ids: new Set([id]), cursor: id, anchor: index };
}

/** Ctrl/Cmd-click: add or remove one row; the range anchor moves there. */
export function toggleOne(sel: Selection, index: number, id: string): Selection {
  const ids = new Set(sel.ids);
  // A lone cursor with nothing selected (after Esc) counts as selected, so ctrl-click adds to it.
  if (ids.size === 0 && sel.cursor !== undefined && sel.cursor !== id) ids.add(sel.cursor);
  if (ids.has(id)) {
    ids.delete(id);
    const cursor = sel.cursor === id ? [...ids].at(-1) : sel.cursor;
    return { ids, cursor, anchor: index };
  }
  ids.add(id);
  return { ids, cursor: id, anchor: index };
}

/** The inclusive index span of a shift-range ending at `index` (from the anchor, else from `fallback`). */
export function rangeSpan(sel: Selection, index: number, fallback?: number): [number, number] {
  const from = sel.anchor ?? (fallback !== undefined && fallback >= 0 ? fallback : index);
  return from <= index ? [from, index] : [index, from];
}

/**
 * Shift-click or shift+arrow: the rows `rangeIds` (anchor..index) become the selection, or are added
 * to it with `keep` (ctrl+shift). The anchor stays; the cursor goes to the row at `index`.
 */
export function selectRange(sel: Selection, index: number, id: string, rangeIds: readonly string[], keep = false) {
  const ids = new Set(keep ? sel.ids : []);
  for (const r of rangeIds) ids.add(r);
  ids.add(id);
  return { ids, cursor: id, anchor: sel.anchor ?? index } satisfies Selection;
}

/** Ctrl/Cmd+A: every paper of the current filter; the cursor stays if it is among them. */
export function selectAll(sel: Selection, all: readonly string[]): Selection {
  const ids = new Set(all);
  const cursor = sel.cursor !== undefined && ids.has(sel.cursor) ? sel.cursor : all[0];
  return { ids, cursor, anchor: sel.anchor };
}

/** Esc: a multi-selection collapses to the cursor's row; a single one is cleared. */
export function clearSelection(sel: Selection): Selection {
  if (sel.ids.size > 1 && sel.cursor !== undefined)
    return { ids: new Set([sel.cursor]), cursor: sel.cursor, anchor: undefined };
  return EMPTY_SELECTION;
}

/** Drop papers that no longer exist (after a delete); the cursor moves to a survivor or goes. */
export function retainExisting(sel: Selection, exists: (id: string) => boolean): Selection {
  const ids = new Set([...sel.ids].filter(exists));
  if (ids.size === sel.ids.size && (sel.cursor === undefined || exists(sel.cursor))) return sel;
  const cursor = sel.cursor !== undefined && exists(sel.cursor) ? sel.cursor : [...ids][0];
  return { ids, cursor, anchor: undefined };
}

/** The papers an action applies to: the selection, or the cursor's paper alone. */
export function targetIds(sel: Selection): string[] {
  if (sel.ids.size > 0) return [...sel.ids];
  return sel.cursor === undefined ? [] : [sel.cursor];
}

export function isMulti(sel: Selection): boolean {
  return sel.ids.size > 1;
}

/** Ids of rows start..end from loaded rows, or undefined if any of them is not loaded. */
export function loadedIds(rowAt: (index: number) => { id: string } | undefined, start: number, end: number) {
  const ids: string[] = [];
  for (let i = start; i <= end; i++) {
    const row = rowAt(i);
    if (!row) return undefined;
    ids.push(row.id);
  }
  return ids;
}

export type FetchIds = (offset: number, limit: number) => Promise<{ total: number; items: readonly { id: string }[] }>;

/**
 * Ids of rows start..end (inclusive; `end` may be Infinity for "to the end") fetched page by page,
 * independent of what the list has loaded. Stops early when the list turns out shorter.
 */
export async function fetchIds(fetch: FetchIds, start: number, end: number, pageSize = 500): Promise<string[]> {
  const ids: string[] = [];
  let offset = Math.max(0, start);
  while (offset <= end) {
    const limit = Math.min(pageSize, end - offset + 1);
    const page = await fetch(offset, limit);
    for (const item of page.items) ids.push(item.id);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  return ids;
}
