/**
 * A linear pre-pass over BibTeX text that keeps the LaTeX parser away from input it handles badly:
 *
 * - an entry that is never closed (a truncated file, a missing "}") is cut off, up to the next line
 *   that starts an entry: the parser would scan to the end of the file for each such entry, which is
 *   quadratic on garbage;
 * - an entry larger than `maxEntryChars` is cut off: the LaTeX decoder is super-linear in field size
 *   (a 1 MB field takes minutes);
 * - a stray "@" that starts no entry is blanked (the parser would report a confusing token error);
 * - a bare "%" inside an entry ("a 50% gain") is escaped: LaTeX would read it as a comment and drop the
 *   rest of the line, but BibTeX files use it as a plain percent sign ("%20" in URLs is left alone).
 *
 * Cut-off text is replaced by spaces with newlines kept, so line numbers do not move.
 * Each cut is reported as a problem with its line. The pass visits every character at most once.
 */
import type { ParseProblem } from "../../../shared/model/paper";
import { LineIndex } from "./text";

/** Entries above this size are skipped: the LaTeX decoder takes ~2 s at 50 KB and minutes at 1 MB. */
export const MAX_ENTRY_CHARS = 50_000;

const DIRECTIVE = /@[ \t\r\n]*([A-Za-z][\w:.+-]*)[ \t\r\n]*([{(])/y;

export interface GuardResult {
  text: string;
  problems: ParseProblem[];
  /** Every closed entry (not @comment) in `text`: from its "@" to just past its closing delimiter. */
  entries: Span[];
}

export interface Span {
  start: number;
  end: number;
}

export function guardEntries(text: string, maxEntryChars = MAX_ENTRY_CHARS): GuardResult {
  const edits: Edit[] = [];
  const problems: ParseProblem[] = [];
  const lines = new LineIndex(text);

  let pos = 0;
  while (pos < text.length) {
    const at = nextTopLevelAt(text, pos);
    if (at === -1) break;
    DIRECTIVE.lastIndex = at;
    const directive = DIRECTIVE.exec(text);
    if (!directive) {
      edits.push({ from: at, to: at + 1, kind: "cut" });
      pos = at + 1;
      continue;
    }
    const kind = (directive[1] ?? "").toLowerCase();
    const open = at + directive[0].length - 1;
    const end = findEntryEnd(text, open, directive[2] === "(" ? ")" : "}", maxEntryChars);
    if (end.kind === "closed") {
      if (kind !== "comment") edits.push({ from: at, to: end.at, kind: "escape" });
      pos = end.at;
    } else if (end.kind === "unclosed") {
      const line = lines.lineAt(at);
      // Cut it whole: an "@" inside it, left to the parser, could start another unclosed scan to the end.
      edits.push({ from: at, to: end.at, kind: "cut" });
      if (kind !== "comment") {
        problems.push({
          line,
          message: `The @${kind} entry at line ${line} is never closed (a "}" is missing); skipped`,
        });
      }
      pos = end.at;
    } else {
      const line = lines.lineAt(at);
      edits.push({ from: at, to: end.at, kind: "cut" });
      problems.push({
        line,
        message: `The @${kind} entry at line ${line} is larger than ${Math.ceil(maxEntryChars / 1000)} KB; skipped`,
      });
      pos = end.at;
    }
  }
  return { ...applyEdits(text, edits), problems };
}

interface Edit {
  from: number;
  to: number;
  kind: "cut" | "escape";
}

/** Blank each cut range (newlines kept) and escape bare percent signs in each entry range. */
function applyEdits(text: string, edits: Edit[]): { text: string; entries: Span[] } {
  const parts: string[] = [];
  const entries: Span[] = [];
  let last = 0;
  let length = 0; // of the output so far
  let changed = false;
  for (const { from, to, kind } of edits) {
    const before = text.slice(last, from);
    const span = text.slice(from, to);
    const after =
      kind === "cut"
        ? span.replace(/[^\n]/g, " ")
        : span.includes("%")
          ? span.replace(/(?<!\\)%(?![0-9A-Fa-f]{2})/g, "\\%")
          : span;
    changed ||= after !== span;
    parts.push(before, after);
    length += before.length;
    if (kind === "escape") entries.push({ start: length, end: length + after.length });
    length += after.length;
    last = to;
  }
  parts.push(text.slice(last));
  // Nothing to blank or escape (most files): the text as it was, not a copy of it.
  return { text: changed ? parts.join("") : text, entries };
}

/** The next "@" outside a %-comment line, or -1. */
function nextTopLevelAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === AT) return i;
    if (ch === PERCENT) {
      const eol = text.indexOf("\n", i);
      if (eol === -1) return -1;
      i = eol;
    }
  }
  return -1;
}

/** What findEntryEnd looks at: escapes, line starts, braces and the two closing delimiters. */
const SIGNIFICANT = /[\\\n{})]/g;
const AT = 64;
const PERCENT = 37;
const BACKSLASH = 92;
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const OPEN = 123;
const CLOSE = 125;

type EntryEnd = { kind: "closed" | "unclosed" | "oversized"; at: number };

/**
 * Scan from the opening delimiter to its match (`at` = just after it). A line that starts with "@word{" before the match means
 * this entry was never closed (`at` = that line's "@"). Past `max` characters the entry is oversized
 * (`at` = just after its end, or the next entry line, or the end of the text).
 */
function findEntryEnd(text: string, open: number, closer: string, max: number): EntryEnd {
  const close = closer.charCodeAt(0);
  let depth = 0;
  // Jump from one character that matters to the next: long abstracts hold few of them.
  SIGNIFICANT.lastIndex = open + 1;
  for (let found = SIGNIFICANT.exec(text); found; found = SIGNIFICANT.exec(text)) {
    const i = found.index;
    const ch = text.charCodeAt(i);
    if (ch === BACKSLASH) {
      SIGNIFICANT.lastIndex = i + 2;
    } else if (ch === NEWLINE) {
      let next = i + 1;
      while (text.charCodeAt(next) === SPACE || text.charCodeAt(next) === TAB) next++;
      if (text.charCodeAt(next) === AT) {
        DIRECTIVE.lastIndex = next;
        if (DIRECTIVE.test(text)) return { kind: next - open > max ? "oversized" : "unclosed", at: next };
      }
      SIGNIFICANT.lastIndex = next;
    } else if (ch === OPEN) depth++;
    else if (ch === CLOSE && depth > 0) depth--;
    else if (ch === close && depth === 0) return { kind: i - open > max ? "oversized" : "closed", at: i + 1 };
  }
  return { kind: text.length - open > max ? "oversized" : "unclosed", at: text.length };
}
