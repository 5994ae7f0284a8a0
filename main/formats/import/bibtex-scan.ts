/**
 * A strict structural scanner for the common shape of a BibTeX entry:
 *
 *   @type{key, name = {braced} # "quoted" # 2020 # jan, ... }
 *
 *   scanEntries(source, spans): ScannedEntry[]   each closed entry the guard found, in order
 *
 * It does not decode anything and it does not try to be forgiving: whatever it does not recognise
 * (parenthesised entries, @string / @preamble / @comment, a duplicated field name, a missing comma...) comes back with `fields: undefined`, and the caller leaves that entry to
 * `@retorquere/bibtex-parser`. So the scanner can only make the import faster, never read an entry
 * differently. It runs on guarded text (bibtex-guard.ts), on the entries the guard found closed.
 */

import type { Span } from "./bibtex-guard";

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

/** Read each entry the guard found closed (bibtex-guard.ts): its type, and its key and fields when plain. */
export function scanEntries(source: string, spans: readonly Span[]): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  for (const { start, end } of spans) {
    DIRECTIVE.lastIndex = start;
    const directive = DIRECTIVE.exec(source);
    if (!directive) continue;
    const type = (directive[1] ?? "").toLowerCase();
    const plain = directive[2] === "{" && !NOT_ENTRIES.has(type);
    const body = plain ? scanBody(source, DIRECTIVE.lastIndex, end - 1) : undefined;
    entries.push({ start, end, type, key: body?.key ?? "", fields: body?.fields });
  }
  return entries;
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
  const number = sticky(NUMBER, text, pos, to);
  if (number !== undefined) return { part: { kind: "number", text: number }, end: pos + number.length };
  const macro = sticky(MACRO, text, pos, to);
  if (macro !== undefined) return { part: { kind: "macro", text: macro }, end: pos + macro.length };
  return undefined;
}

/** The match of a sticky pattern at `pos`, when it ends by `to`. */
function sticky(pattern: RegExp, text: string, pos: number, to: number): string | undefined {
  pattern.lastIndex = pos;
  const match = pattern.exec(text);
  return match && pattern.lastIndex <= to ? match[0] : undefined;
}

/**
 * Just past the closing delimiter of a braced or quoted value, or -1. As in the parser, a backslash
 * escapes the next character; a "}" that would close more than was opened is left to the parser.
 */
function delimitedEnd(text: string, open: number, closer: string, to: number): number {
  const significant = closer === "}" ? IN_BRACES : IN_QUOTES;
  let depth = 0;
  significant.lastIndex = open + 1;
  for (let found = significant.exec(text); found && found.index < to; found = significant.exec(text)) {
    const i = found.index;
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \\ */) significant.lastIndex = i + 2;
    else if (ch === 123 /* { */) depth++;
    else if (ch === 125 /* } */) {
      if (depth === 0) return closer === "}" ? i + 1 : -1;
      depth--;
    } else if (depth === 0) return i + 1; // the closing quote
  }
  return -1;
}

/** The characters delimitedEnd looks at, in a braced and in a quoted value. */
const IN_BRACES = /[\\{}]/g;
const IN_QUOTES = /[\\{}"]/g;
