/**
 * Every keyboard shortcut of the window, in ONE table: the dispatcher matches keys against it, the
 * shortcuts sheet renders it, and the README's list is generated from it (`shortcutsMarkdown`).
 *
 * Key specs: a single character ("j", "?", "/") matches that character with no Ctrl/Cmd/Alt (Shift is
 * whatever produced the character); a named key ("ArrowDown", "Enter", "Escape") matches with exactly the
 * modifiers written before it ("Shift+ArrowDown"); "Mod" is Cmd on macOS and Ctrl elsewhere.
 */

/**
 * Where a shortcut fires:
 * - "page": anywhere except while typing (text fields, the note, comboboxes) or inside a modal dialog;
 * - "list": only while the paper list has the focus;
 * - "anywhere": also from a text field (Esc leaves it);
 * - "editor": inside the note editor; handled there, listed here for the sheet.
 */
export type ShortcutScope = "page" | "list" | "anywhere" | "editor";

export const SHORTCUT_GROUPS = ["Move around", "Select", "Organize", "Paper", "Note editor", "General"] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

export interface Shortcut {
  readonly keys: readonly string[];
  readonly description: string;
  readonly group: ShortcutGroup;
  readonly scope: ShortcutScope;
}

export const SHORTCUTS = {
  next: { keys: ["j", "ArrowDown"], description: "Next paper", group: "Move around", scope: "page" },
  prev: { keys: ["k", "ArrowUp"], description: "Previous paper", group: "Move around", scope: "page" },
  first: { keys: ["Home"], description: "First paper", group: "Move around", scope: "list" },
  last: { keys: ["End"], description: "Last paper", group: "Move around", scope: "list" },
  open: {
    keys: ["Enter", "o"],
    description: "Open the paper (go to its details)",
    group: "Move around",
    scope: "page",
  },
  search: { keys: ["/"], description: "Search", group: "Move around", scope: "page" },
  "extend-next": {
    keys: ["Shift+ArrowDown", "J"],
    description: "Extend the selection down",
    group: "Select",
    scope: "page",
  },
  "extend-prev": {
    keys: ["Shift+ArrowUp", "K"],
    description: "Extend the selection up",
    group: "Select",
    scope: "page",
  },
  "select-all": { keys: ["Mod+a"], description: "Select every paper in the list", group: "Select", scope: "list" },
  escape: {
    keys: ["Escape"],
    description: "Leave a text field; clear the selection",
    group: "Select",
    scope: "anywhere",
  },
  "status-unread": { keys: ["1"], description: "Mark as unread", group: "Organize", scope: "page" },
  "status-reading": { keys: ["2"], description: "Mark as reading", group: "Organize", scope: "page" },
  "status-read": { keys: ["3"], description: "Mark as read", group: "Organize", scope: "page" },
  "cycle-priority": {
    keys: ["p"],
    description: "Change priority (none, low, medium, high)",
    group: "Organize",
    scope: "page",
  },
  "toggle-star": { keys: ["s"], description: "Star or unstar", group: "Organize", scope: "page" },
  "focus-tags": { keys: ["t"], description: "Add a tag to the paper", group: "Paper", scope: "page" },
  "focus-note": { keys: ["n"], description: "Edit the note", group: "Paper", scope: "page" },
  highlight: { keys: ["h"], description: "Highlight the text selected in the abstract", group: "Paper", scope: "page" },
  "note-bold": { keys: ["Mod+b"], description: "Bold", group: "Note editor", scope: "editor" },
  "note-italic": { keys: ["Mod+i"], description: "Italic", group: "Note editor", scope: "editor" },
  "note-link": { keys: ["Mod+k"], description: "Link", group: "Note editor", scope: "editor" },
  undo: {
    keys: ["Mod+z"],
    description: "Undo the last tag, bulk or delete action",
    group: "General",
    scope: "page",
  },
  help: { keys: ["?"], description: "Show these shortcuts", group: "General", scope: "page" },
} as const satisfies Record<string, Shortcut>;

/** Shown under the table (sheet and README): the search box's own syntax has its help beside the box. */
export const SEARCH_SYNTAX_HINT =
  'In the search box, tag:name, status:unread, is:starred, has:note, "exact phrase" and -word narrow the list; the "Search syntax" button (?) beside the box lists them all.';

export type ShortcutId = keyof typeof SHORTCUTS;
export const SHORTCUT_IDS = Object.keys(SHORTCUTS) as ShortcutId[];

export interface KeyEventLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Where the key was pressed. */
export interface KeyContext {
  /** Focus is in a text field, the note, a combobox or a select: typing must never trigger anything. */
  typing: boolean;
  /** Focus is in the paper list. */
  inList: boolean;
  /** Focus is on a widget that uses the arrow keys itself (radios, tabs, menus). */
  ownsArrows: boolean;
  /** Focus is on a button or link, which Enter activates. */
  activatable?: boolean;
  mac: boolean;
}

interface Parsed {
  key: string;
  shift: boolean;
  mod: boolean;
}

function parse(spec: string): Parsed {
  const parts = spec.split("+");
  // "+" itself is not used as a key here; a spec is "Mod+Shift+Key" at most.
  const key = parts.at(-1) ?? spec;
  return { key, shift: parts.includes("Shift"), mod: parts.includes("Mod") };
}

const ARROWS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"]);

function keyMatches(spec: string, e: KeyEventLike, mac: boolean): boolean {
  const p = parse(spec);
  const mod = mac ? !!e.metaKey : !!e.ctrlKey;
  const otherMod = mac ? !!e.ctrlKey : !!e.metaKey;
  if (e.altKey || otherMod || mod !== p.mod) return false;
  if (p.mod) return e.key.toLowerCase() === p.key.toLowerCase() && !!e.shiftKey === p.shift;
  // A character already says whether Shift was down ("?" is Shift+/, "J" is Shift+j); a letter reported
  // in lower case with Shift down (synthetic events) counts as the capital.
  if ([...p.key].length === 1) return (e.shiftKey && /^[a-z]$/.test(e.key) ? e.key.toUpperCase() : e.key) === p.key;
  return e.key === p.key && !!e.shiftKey === p.shift;
}

function allowed(s: Shortcut, spec: string, ctx: KeyContext): boolean {
  switch (s.scope) {
    case "editor":
      return false;
    case "anywhere":
      return true;
    case "list":
      return ctx.inList && !ctx.typing;
    case "page": {
      const { key } = parse(spec);
      if (ctx.typing || (ctx.ownsArrows && ARROWS.has(key))) return false;
      return !(ctx.activatable && (key === "Enter" || key === " "));
    }
  }
}

/** The shortcut a key press means here, if any. */
export function matchShortcut(e: KeyEventLike, ctx: KeyContext): ShortcutId | undefined {
  for (const id of SHORTCUT_IDS) {
    const s: Shortcut = SHORTCUTS[id];
    for (const spec of s.keys) {
      if (keyMatches(spec, e, ctx.mac) && allowed(s, spec, ctx)) return id;
    }
  }
  return undefined;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowDown: "↓",
  ArrowUp: "↑",
  ArrowLeft: "←",
  ArrowRight: "→",
  Escape: "Esc",
  Enter: "Enter",
  Home: "Home",
  End: "End",
};

/** The keys of a spec as shown to people: ["Ctrl", "A"], ["⌘", "A"], ["Shift", "↓"], ["J"]. */
export function keyLabels(spec: string, mac: boolean): string[] {
  const p = parse(spec);
  const labels: string[] = [];
  if (p.mod) labels.push(mac ? "⌘" : "Ctrl");
  if (p.shift) labels.push(mac ? "⇧" : "Shift");
  const name = KEY_NAMES[p.key] ?? p.key;
  // An upper-case letter is the letter with Shift; plain letters show as typed (lower case).
  if (!p.mod && /^[A-Z]$/.test(p.key)) {
    labels.push(mac ? "⇧" : "Shift", p.key.toLowerCase());
    return labels;
  }
  labels.push(p.mod ? name.toUpperCase() : name);
  return labels;
}

/** The table grouped for display, in group order. */
export function shortcutsByGroup(): { group: ShortcutGroup; items: { id: ShortcutId; shortcut: Shortcut }[] }[] {
  return SHORTCUT_GROUPS.map((group) => ({
    group,
    items: SHORTCUT_IDS.filter((id) => SHORTCUTS[id].group === group).map((id) => ({
      id,
      shortcut: SHORTCUTS[id] as Shortcut,
    })),
  })).filter((g) => g.items.length > 0);
}

/** The table as Markdown, for the README (Ctrl spelled out; "Cmd on macOS" noted once). */
export function shortcutsMarkdown(): string {
  const lines = ["| Keys | Action |", "| --- | --- |"];
  for (const { group, items } of shortcutsByGroup()) {
    lines.push(`| **${group}** | |`);
    for (const { shortcut } of items) {
      const keys = shortcut.keys.map((k) => keyLabels(k, false).join("+")).join(" or ");
      lines.push(`| ${keys.replaceAll("|", "\\|")} | ${shortcut.description} |`);
    }
  }
  lines.push(
    "",
    "Ctrl is Cmd (⌘) on macOS. Shortcuts never fire while you type in a text field or the note.",
    "",
    SEARCH_SYNTAX_HINT,
  );
  return lines.join("\n");
}

/** True on macOS (where Mod is Cmd). */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
