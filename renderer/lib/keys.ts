/** Where a key press happened, and list movement, as pure functions (the key table is in shortcuts.ts). */

export type NavAction = "prev" | "next" | "first" | "last";

/** The bits of a focused element that decide what its keys mean. */
export interface FocusInfo {
  tagName: string;
  /** The `type` of an <input>. */
  type?: string | null;
  isContentEditable?: boolean;
  role?: string | null;
}

/** Inputs that take no typing: keys pressed on them may be shortcuts. */
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);

/** True where a key press is typing: text inputs, textareas, selects, editable content, comboboxes. */
export function isTyping(el: FocusInfo): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === "input") return !NON_TEXT_INPUTS.has((el.type ?? "text").toLowerCase());
  if (tag === "textarea" || tag === "select" || el.isContentEditable) return true;
  return el.role === "combobox" || el.role === "textbox" || el.role === "searchbox";
}

/** Widgets whose arrow keys move within themselves (radio groups, tabs, menus, sliders). */
export function ownsArrows(el: FocusInfo): boolean {
  if (el.tagName.toLowerCase() === "input" && (el.type === "radio" || el.type === "range")) return true;
  return el.role === "radio" || el.role === "tab" || el.role === "menuitem" || el.role === "slider";
}

/** Elements where list keys mean something else (typing, choosing, moving between radios). */
export function ownsKeys(el: FocusInfo): boolean {
  return isTyping(el) || ownsArrows(el);
}

/** The row to select after `action`, or undefined when there is nothing to move to. -1 = no selection. */
export function targetIndex(action: NavAction, current: number, total: number): number | undefined {
  if (total <= 0) return undefined;
  switch (action) {
    case "first":
      return 0;
    case "last":
      return total - 1;
    case "next":
      return current < 0 ? 0 : Math.min(current + 1, total - 1);
    case "prev":
      return current < 0 ? 0 : Math.max(current - 1, 0);
  }
}
