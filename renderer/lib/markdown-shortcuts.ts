/**
 * The note editor's Markdown shortcuts as pure functions of (text, selectionStart, selectionEnd):
 * Ctrl/Cmd+B bold, Ctrl/Cmd+I italic, Ctrl/Cmd+K link. Each toggles: applied to text already wrapped
 * (markers inside or just around the selection) it unwraps instead.
 */

export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

export type MarkdownCommand = "bold" | "italic" | "link";

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const COMMAND_KEYS: Readonly<Record<string, MarkdownCommand>> = { b: "bold", i: "italic", k: "link" };

/** The command of a key press: Cmd on macOS, Ctrl elsewhere, with no other modifier. */
export function markdownCommand(e: ShortcutKey, mac: boolean): MarkdownCommand | undefined {
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey || e.shiftKey) return undefined;
  const key = e.key.toLowerCase();
  return Object.hasOwn(COMMAND_KEYS, key) ? COMMAND_KEYS[key] : undefined;
}

export function applyMarkdownCommand(command: MarkdownCommand, text: string, start: number, end: number): TextEdit {
  switch (command) {
    case "bold":
      return toggleEmphasis(text, start, end, 2);
    case "italic":
      return toggleEmphasis(text, start, end, 1);
    case "link":
      return toggleLink(text, start, end);
  }
}

export function toggleBold(text: string, start: number, end: number): TextEdit {
  return toggleEmphasis(text, start, end, 2);
}

export function toggleItalic(text: string, start: number, end: number): TextEdit {
  return toggleEmphasis(text, start, end, 1);
}

/** Order and clamp a selection to the text. */
function normalize(text: string, start: number, end: number): [number, number] {
  const s = Math.max(0, Math.min(text.length, Math.min(start, end)));
  const e = Math.max(0, Math.min(text.length, Math.max(start, end)));
  return [s, e];
}

const WORD = /[\p{L}\p{N}_'-]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** The word around a caret, or the caret itself when it is not in a word. */
function wordAt(text: string, at: number): [number, number] {
  let s = at;
  let e = at;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  while (e < text.length && isWordChar(text[e])) e++;
  return [s, e];
}

/** Number of `ch` characters just before `at` (backwards) or from `at` on (forwards). */
function runBefore(text: string, at: number, ch: string): number {
  let n = 0;
  while (at - n - 1 >= 0 && text[at - n - 1] === ch) n++;
  return n;
}
function runFrom(text: string, at: number, ch: string): number {
  let n = 0;
  while (at + n < text.length && text[at + n] === ch) n++;
  return n;
}

/** Whether `text` has a run of at least `min` `ch` characters. */
function hasRun(text: string, ch: string, min: number): boolean {
  let n = 0;
  for (const c of text) {
    n = c === ch ? n + 1 : 0;
    if (n >= min) return true;
  }
  return false;
}

/** Whether a run of `run` markers on both sides means emphasis of this strength (1 italic, 2 bold). */
const hasStrength = (run: number, strength: 1 | 2): boolean => run === strength || run === 3;

/**
 * Wrap [start, end) in `*`/`**`, or unwrap it when it already has that emphasis (with `*` or `_`).
 * The selection's edge whitespace stays outside the markers (`** bold**` is not bold in Markdown), a
 * caret inside a word takes the word, and a multi-line selection is handled line by line.
 */
export function toggleEmphasis(text: string, start: number, end: number, strength: 1 | 2): TextEdit {
  const [s, e] = normalize(text, start, end);
  if (text.slice(s, e).includes("\n")) return perLine(text, s, e, strength);
  return toggleLine(text, s, e, strength);
}

function toggleLine(text: string, start: number, end: number, strength: 1 | 2): TextEdit {
  let s = start;
  let e = end;
  if (s === e) [s, e] = wordAt(text, s);
  else {
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  }
  for (const ch of ["*", "_"]) {
    // Markers inside the selection: "**bold**" selected.
    const inside = Math.min(runFrom(text, s, ch), runBefore(text, e, ch));
    const inner = text.slice(s + strength, e - strength);
    // "*a* and *b*" is two spans, not one: the inner text must not close the emphasis itself.
    if (e - s > 2 * strength && hasStrength(inside, strength) && !hasRun(inner, ch, strength)) {
      return { text: text.slice(0, s) + inner + text.slice(e), selectionStart: s, selectionEnd: s + inner.length };
    }
    // Markers around the selection: "bold" selected inside "**bold**" (or a caret between "****").
    const around = Math.min(runBefore(text, s, ch), runFrom(text, e, ch));
    if (hasStrength(around, strength) && (s < e || around === strength)) {
      const next = text.slice(0, s - strength) + text.slice(s, e) + text.slice(e + strength);
      return { text: next, selectionStart: s - strength, selectionEnd: e - strength };
    }
  }
  const marker = "*".repeat(strength);
  const next = text.slice(0, s) + marker + text.slice(s, e) + marker + text.slice(e);
  return { text: next, selectionStart: s + strength, selectionEnd: e + strength };
}

/** A line's list, quote or heading marker, which stays outside the emphasis. */
const LINE_PREFIX = /^\s*(?:>\s*)*(?:[-+*]\s+|\d+[.)]\s+|#{1,6}\s+)?(?:\[[ xX]\]\s+)?/;

/** Emphasis across lines: unwrap if every non-blank line has it, else add it to each non-blank line. */
function perLine(text: string, s: number, e: number, strength: 1 | 2): TextEdit {
  const lines = text
    .slice(s, e)
    .split("\n")
    .map((line) => {
      const prefix = LINE_PREFIX.exec(line)?.[0] ?? "";
      return { prefix, body: line.slice(prefix.length) };
    });
  const toggled = (body: string) => toggleLine(body, 0, body.length, strength).text;
  const isWrapped = (body: string) => toggled(body).length < body.length;
  const filled = lines.filter((l) => l.body.trim() !== "");
  const unwrap = filled.length > 0 && filled.every((l) => isWrapped(l.body));
  const middle = lines
    .map(({ prefix, body }) => {
      if (body.trim() === "" || (!unwrap && isWrapped(body))) return prefix + body;
      return prefix + toggled(body);
    })
    .join("\n");
  return { text: text.slice(0, s) + middle + text.slice(e), selectionStart: s, selectionEnd: s + middle.length };
}

const URL_LIKE = /^(?:https?:\/\/|mailto:)\S+$/i;
const LINK_WHOLE = /^\[([^\]\n]*)\]\(([^)\n]*)\)$/;
const LINK_TAIL = /^\]\([^)\n]*\)/;

/**
 * Make [start, end) a link: `[text](url)` with "url" selected for typing the address; a selected URL
 * becomes `[](url)` and a caret `[](url)`, with the caret in the brackets for typing the text. A selected link, or the text of one, is unlinked.
 */
export function toggleLink(text: string, start: number, end: number): TextEdit {
  let [s, e] = normalize(text, start, end);
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  const selected = text.slice(s, e);

  const whole = LINK_WHOLE.exec(selected);
  if (whole) {
    const label = whole[1] ?? "";
    return { text: text.slice(0, s) + label + text.slice(e), selectionStart: s, selectionEnd: s + label.length };
  }
  const tail = text[s - 1] === "[" ? LINK_TAIL.exec(text.slice(e)) : null;
  if (tail && !selected.includes("]")) {
    const next = text.slice(0, s - 1) + selected + text.slice(e + tail[0].length);
    return { text: next, selectionStart: s - 1, selectionEnd: e - 1 };
  }

  if (selected === "") {
    return { text: `${text.slice(0, s)}[](url)${text.slice(e)}`, selectionStart: s + 1, selectionEnd: s + 1 };
  }
  if (URL_LIKE.test(selected)) {
    const next = `${text.slice(0, s)}[](${selected})${text.slice(e)}`;
    return { text: next, selectionStart: s + 1, selectionEnd: s + 1 };
  }
  const label = `[${selected}](`;
  const next = `${text.slice(0, s)}${label}url)${text.slice(e)}`;
  return { text: next, selectionStart: s + label.length, selectionEnd: s + label.length + 3 };
}

/**
 * The smallest replacement turning `before` into `after`: the changed range of `before` and its new
 * text (so the editor can insert it as one undoable edit instead of resetting the whole value).
 */
export function minimalChange(before: string, after: string): { start: number; end: number; insert: string } {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
    suffix++;
  }
  return { start: prefix, end: before.length - suffix, insert: after.slice(prefix, after.length - suffix) };
}
