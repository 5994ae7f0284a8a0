/** Keyboard navigation of the paper list, as pure functions of the key and the list position. */

export type NavAction = "prev" | "next" | "first" | "last";

export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const KEY_ACTIONS: Readonly<Record<string, NavAction>> = {
  ArrowUp: "prev",
  k: "prev",
  ArrowDown: "next",
  j: "next",
  Home: "first",
  End: "last",
};

export function navAction(e: KeyInfo): NavAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return Object.hasOwn(KEY_ACTIONS, e.key) ? KEY_ACTIONS[e.key] : undefined;
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

/** Elements where these keys mean something else (typing, choosing, moving between radios). */
export function ownsKeys(el: { tagName: string; isContentEditable?: boolean; role?: string | null }): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === "input" || tag === "textarea" || tag === "select" || el.isContentEditable) return true;
  return el.role === "radio" || el.role === "tab" || el.role === "combobox" || el.role === "menuitem";
}
