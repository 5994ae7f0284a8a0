/**
 * A strict structural scanner for the common shape of a BibTeX entry:
 *
 *   @type{key, name = {braced} # "quoted" # 2020 # jan, ... }
 *
 *   scanEntries(source): ScannedEntry[]   every top-level "@" directive, in order, with its span
 *
 * It does not decode anything and it does not try to be forgiving: whatever it does not recognise
 * (parenthesised entries, @string / @preamble / @comment, a duplicated field name, a missing comma...) comes back with `fields: undefined`, and the caller leaves that entry to
 * `@retorquere/bibtex-parser`. So the scanner can only make the import faster, never read an entry
 * differently. It runs on guarded text (bibtex-guard.ts), where every entry is closed and bounded.
 */

export interface ScannedValuePart {
  kind: "braced" | "quoted" | "number" | "macro";
  /** Without the outer delimiters. */
  text: string;
}

export interface ScannedEntry {
  /** Offset of the "@" and just past the closing delimiter. */
  start: number;
  end: number;
  type: string;
  key: string;
  /** Lowercased field name -> its value parts (joined by "#"); undefined when the entry is not plain. */
  fields: Map<string, ScannedValuePart[]> | undefined;
}

const DIRECTIVE = /@[ \t\r\n]*([A-Za-z][\w:.+-]*)[ \t\r\n]*([{(])/y;
const KEY = /[ \t\r\n]*([^\s,{}()"#=%\\~]+)[ \t\r\n]*,/y;
const FIELD_NAME = /[ \t\r\n]*([A-Za-z][A-Za-z0-9_:.-]*)[ \t\r\n]*=[ \t\r\n]*/y;
const NUMBER = /[0-9]+/y;
const MACRO = /[A-Za-z][A-Za-z0-9_:.+-]*/y;
const SPACE = /[ \t\r\n]*/y;
/** Directives that are not plain entries: their bodies follow other rules. */
const NOT_ENTRIES = new Set(["string", "preamble", "comment"]);

export function scanEntries(source: string): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  let pos = 0;
  while (pos < source.length) {
    const at = nextTopLevelAt(source, pos);
    if (at === -1) break;
    DIRECTIVE.lastIndex = at;
    const directive = DIRECTIVE.exec(source);
    if (!directive) {
      pos = at + 1;
      continue;
    }
    const type = (directive[1] ?? "").toLowerCase();
    const open = DIRECTIVE.lastIndex - 1;
    const end = matchingClose(source, open, directive[2] === "(" ? ")" : "}");
    const plain = directive[2] === "{" && !NOT_ENTRIES.has(type);
    const body = plain ? scanBody(source, open + 1, end - 1) : undefined;
    entries.push({ start: at, end, type, key: body?.key ?? "", fields: body?.fields });
    pos = end;
  }
  return entries;
}

/** The next "@" outside a %-comment line, or -1 (the same rule as the guard's). */
function nextTopLevelAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 64 /* @ */) return i;
    if (ch === 37 /* % */) {
      const eol = text.indexOf("\n", i);
      if (eol === -1) return -1;
      i = eol;
    }
  }
  return -1;
}

/** Just past the delimiter that closes the one at `open` (braces nest; a backslash escapes one character). */
function matchingClose(text: string, open: number, closer: string): number {
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    else if (ch === closer && depth === 0) return i + 1;
  }
  return text.length;
}

/** Key and fields of the body between `from` and `to` (the closing brace), or undefined when not plain. */
function scanBody(text: string, from: number, to: number): Omit<ScannedEntry, "start" | "end" | "type"> | undefined {
  KEY.lastIndex = from;
  const key = KEY.exec(text);
  if (!key || KEY.lastIndex > to) return undefined;
  const fields = new Map<string, ScannedValuePart[]>();
  let pos = KEY.lastIndex;
  for (;;) {
    SPACE.lastIndex = pos;
    SPACE.exec(text);
    pos = SPACE.lastIndex;
    if (pos === to) return { key: key[1] ?? "", fields };
    FIELD_NAME.lastIndex = pos;
    const name = FIELD_NAME.exec(text);
    if (!name) return undefined;
    const field = (name[1] ?? "").toLowerCase();
    if (fields.has(field)) return undefined;
    const value = scanValue(text, FIELD_NAME.lastIndex, to);
    if (!value) return undefined;
    fields.set(field, value.parts);
    pos = value.end;
    if (text[pos] === ",") pos++;
    else if (pos !== to) return undefined;
  }
}

/** Value parts joined by "#", up to the "," or the entry's end that follows them. */
function scanValue(text: string, from: number, to: number): { parts: ScannedValuePart[]; end: number } | undefined {
  const parts: ScannedValuePart[] = [];
  let pos = from;
  for (;;) {
    const part = scanPart(text, pos, to);
    if (!part) return undefined;
    parts.push(part.part);
    SPACE.lastIndex = part.end;
    SPACE.exec(text);
    pos = SPACE.lastIndex;
    if (text[pos] !== "#") return { parts, end: pos };
    SPACE.lastIndex = pos + 1;
    SPACE.exec(text);
    pos = SPACE.lastIndex;
  }
}

function scanPart(text: string, pos: number, to: number): { part: ScannedValuePart; end: number } | undefined {
  const ch = text[pos];
  if (ch === "{" || ch === '"') {
    const end = delimitedEnd(text, pos, ch === "{" ? "}" : '"', to);
    if (end === -1) return undefined;
    return { part: { kind: ch === "{" ? "braced" : "quoted", text: text.slice(pos + 1, end - 1) }, end };
  }
  for (const [kind, pattern] of [
    ["number", NUMBER],
    ["macro", MACRO],
  ] as const) {
    pattern.lastIndex = pos;
    const match = pattern.exec(text);
    if (match && pattern.lastIndex <= to) return { part: { kind, text: match[0] }, end: pattern.lastIndex };
  }
  return undefined;
}

/**
 * Just past the closing delimiter of a braced or quoted value, or -1. As in the parser, a backslash
 * escapes the next character; a "}" that would close more than was opened is left to the parser.
 */
function delimitedEnd(text: string, open: number, closer: string, to: number): number {
  let depth = 0;
  for (let i = open + 1; i < to; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}") {
      if (depth === 0) return closer === "}" ? i + 1 : -1;
      depth--;
    } else if (ch === closer && depth === 0) return i + 1;
  }
  return -1;
}
