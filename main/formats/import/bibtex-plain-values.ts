/**
 * Field values that need no LaTeX decoding, decoded the way `@retorquere/bibtex-parser` decodes them.
 *
 *   decodePlain(field, raw): { value } | undefined     undefined: the value needs the parser
 *   isInert(field, parts): boolean                      an unread field the parser would read silently
 *
 * Why: the parser runs a PEG LaTeX grammar over every field (about 2.5 µs a character), which made a
 * 10,000-entry file take 10-50 s. Most values in real files are plain text ("Attention is all you
 * need", "Smith, John and Jane Doe", "10.1000/xyz"), and for those its output follows a few fixed rules:
 * braces dropped, white space collapsed, names split at "and" and commas, keyword lists split, sorted
 * and deduplicated. Anything outside those rules (a backslash, math, a ligature such as "--" or "''",
 * a brace inside a name...) is left to the parser. `test/main/formats/import/bibtex-fast-path.test.ts`
 * checks, on the real fixture files and on generated entries, that both ways give the same papers.
 */
import { type Creator, FieldMode } from "@retorquere/bibtex-parser";
import type { ScannedValuePart } from "./bibtex-scan";
import { collapseSpaceRuns } from "./text";

export type FieldValue = string | string[] | Creator[];

type Mode = "creatorlist" | "title" | "verbatim" | "richtext" | "literallist" | "literal";

/** The parser's own field -> mode table (the last matching mode wins, as in the parser). */
function modeOf(field: string): Mode {
  let mode: Mode = "literal";
  for (const [name, tests] of Object.entries(FieldMode) as [Mode, (string | RegExp)[]][]) {
    if (tests.some((test) => (typeof test === "string" ? test === field : test.test(field)))) mode = name;
  }
  return mode;
}

const modes = new Map<string, Mode>();
export function cachedMode(field: string): Mode {
  let mode = modes.get(field);
  if (!mode) {
    mode = modeOf(field);
    modes.set(field, mode);
  }
  return mode;
}

/**
 * What the fast decoder leaves to the LaTeX decoder: a macro (a backslash not before one of the
 * escaped specials below), math, "~", sub- and superscripts, bare "&" and "#", "%" comments, and
 * the quote ligatures. The dash ligatures, the escaped specials and \textbackslash{},
 * \textasciicircum{}, \textasciitilde{} are decoded here ("<" and ">"
 * never reach it: protectAngles hides them first).
 */
const NEEDS_LATEX = /\\(?![%&_#${}]|text(?:backslash|asciicircum|asciitilde)\{\})|(?<!\\)[$~^_&#%`]|''/;
/** An escaped special ("90\\%", "R\\&D", "\\{"), or a brace that only groups. */
const ESCAPE_OR_BRACE = /\\([%&_#${}])|\\text(backslash|asciicircum|asciitilde)\{\}|[{}]/g;
/** The text-mode symbols Folio's own BibTeX export writes (with "{}", so no space after them is eaten). */
const TEXT_SYMBOLS: Readonly<Record<string, string>> = { backslash: "\\", asciicircum: "^", asciitilde: "~" };
const DASHES = /---?/g;
/** Verbatim fields (url, doi, keywords...) are printed raw: only a backslash, a brace, "%" or math changes them. */
const NEEDS_VERBATIM = /[\\{}%$]/;
/** What makes the parser warn about a field: a macro (unknown ones are reported) or math (unclosed "$"). */
const WARNS = /[\\$]/;
const BLANK = /^[ \t\r\n]*$/;
const SPACES = /[ \t\r\n]+/g;
const MANY_SPACES = /[\t\r\n]| {2}/;
/** No LaTeX character, brace, tab or line break. */
const SIMPLE_TEXT = /^[^\\{}$~^_&#%`\t\r\n]*$/;
const PARAGRAPH = /[ \t\r]*\n[ \t\r]*\n[ \t\r\n]*/;
/** Month macros the parser defines itself. */
export const MONTHS: ReadonlySet<string> = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
]);

/** The decoded value of one field (undefined value: the parser leaves a blank field out), or undefined when the parser is needed. */
export function decodePlain(field: string, raw: string): { value: FieldValue | undefined } | undefined {
  if (BLANK.test(raw)) return { value: undefined };
  const mode = cachedMode(field);
  if (mode === "verbatim") {
    if (NEEDS_VERBATIM.test(raw)) return undefined;
    const value = raw.trim();
    return { value: field === "keywords" ? keywordList(value) : value };
  }
  if (mode !== "creatorlist" && mode !== "richtext" && SIMPLE_TEXT.test(raw) && !raw.includes("''")) {
    // Most titles and abstracts: one pass rules out LaTeX, braces and line breaks; only dashes and
    // double spaces can still change (the same as `literal` below, in fewer passes).
    const value = collapseSpaceRuns(raw.includes("--") ? dashes(raw) : raw);
    return value.length === 0 ? undefined : { value };
  }
  if (needsLatex(raw)) return undefined;
  const value = mode === "creatorlist" ? creators(raw) : mode === "richtext" ? richText(raw) : literal(raw);
  return value === undefined || value.length === 0 ? undefined : { value };
}

/**
 * An unread field the parser takes without a word (what it would decode it to does not matter):
 * numbers, (month) macros and text without LaTeX macros or math, the only things it warns about ("1--2" is fine).
 */
export function isInert(parts: readonly ScannedValuePart[]): boolean {
  return parts.every((part) => part.kind === "number" || part.kind === "macro" || !WARNS.test(part.text));
}

/** Whether a text needs the LaTeX decoder (a quick character class first: most texts have none). */
export function needsLatex(raw: string): boolean {
  return (LATEX_CHARACTER.test(raw) || raw.includes("''")) && NEEDS_LATEX.test(raw);
}
const LATEX_CHARACTER = /[\\$~^_&#%`]/;

function literal(raw: string): string {
  return collapseSpaces(decodeSpecials(raw)).trim();
}

/** Runs of white space to one space (most values have none to collapse: skip the copy then). */
function collapseSpaces(text: string): string {
  return MANY_SPACES.test(text) ? text.replace(SPACES, " ") : text;
}

/**
 * "--" and "---" to en and em dashes (only where the dashes touch: "-{}-" stays two hyphens), then
 * escaped specials to their characters and grouping braces dropped.
 */
function decodeSpecials(raw: string): string {
  let text = raw.includes("--") ? dashes(raw) : raw;
  if (text.includes("{") || text.includes("}") || text.includes("\\")) {
    text = text.replace(
      ESCAPE_OR_BRACE,
      (_brace, special: string | undefined, symbol: string | undefined) =>
        special ?? (symbol ? (TEXT_SYMBOLS[symbol] ?? "") : ""),
    );
  }
  return text;
}

function dashes(text: string): string {
  return text.replace(DASHES, (dash) => (dash.length === 3 ? "\u2014" : "\u2013"));
}

/**
 * Note-like fields: a blank line is a paragraph, which the parser marks with "<p>". Grouping braces
 * go as in other text, even around a blank line ("x {a\n\nb}" -> "x a<p>b"), so Folio's own "-{}-"
 * in an annote no longer sends the whole note to the parser.
 */
function richText(raw: string): string {
  return decodeSpecials(raw).trim().split(PARAGRAPH).map(collapseSpaces).join("<p>");
}

/** Keywords: split at "," and ";", deduplicated, sorted case-insensitively, as the parser does. */
function keywordList(value: string): string[] {
  const keywords = value
    .split(/\s*[,;]\s*/)
    .map((k) => k.trim())
    .filter((k) => k);
  return sortCaseInsensitive([...new Set(keywords)]);
}

const COLLATOR = new Intl.Collator();
/** Lowercase ASCII letters, digits, spaces, "-", "." and "/": the collator orders these by code point. */
const CODE_POINT_ORDER = /^[a-z0-9 ./-]*$/;

/**
 * Sorted as the parser sorts keywords: `localeCompare` of the lowercased words. One Collator is the
 * same comparison, much faster; plain words ("deep learning", "gpt-4", "method/gnn") skip it (a test
 * holds the shortcut to the parser's order).
 */
export function sortCaseInsensitive(words: string[]): string[] {
  if (words.length < 2) return words;
  const lower = words.map((word) => word.toLowerCase());
  const byCodePoint = lower.every((word) => CODE_POINT_ORDER.test(word));
  // Indices, so each comparison reads the lowercased words; the sort is stable, as the parser's is.
  const order = words.map((_, i) => i);
  order.sort((a, b) => {
    const x = lower[a] ?? "";
    const y = lower[b] ?? "";
    if (!byCodePoint) return COLLATOR.compare(x, y);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return order.map((i) => words[i] ?? "");
}

/**
 * "Last, First", "Last, Jr, First", "First von Last", or a whole "{Organisation}". Braces anywhere
 * else, an empty name, more than two commas or a biblatex "family=" part go to the parser. Only the
 * order of the parts matters to Folio, which joins them as first, prefix, last, suffix.
 */
function creators(raw: string): Creator[] | undefined {
  if (raw.includes("\\") || raw.includes("--") || PARAGRAPH.test(raw)) return undefined;
  const names = splitNames(raw.trim());
  if (!names) return undefined;
  const out: Creator[] = [];
  for (const name of names) {
    if (name.startsWith("{") && name.endsWith("}") && !/[{}]/.test(name.slice(1, -1))) {
      const literalName = name.slice(1, -1).replace(SPACES, " ").trim();
      if (!literalName) return undefined;
      out.push({ name: literalName });
      continue;
    }
    if (/[{}=]/.test(name)) return undefined;
    const parts = name.split(",").map((part) => part.replace(SPACES, " ").trim());
    if (parts.some((part) => !part) || parts.length > 3) return undefined;
    const [last = "", second = "", third = ""] = parts;
    if (parts.length === 1) out.push({ lastName: last });
    else if (parts.length === 2) out.push({ lastName: last, firstName: second });
    else out.push({ lastName: last, suffix: second, firstName: third });
  }
  return out;
}

/** Split at " and " outside braces; undefined when a name comes out empty. */
function splitNames(raw: string): string[] | undefined {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (depth === 0 && /[ \t\r\n]/.test(ch ?? "")) {
      const match = /^[ \t\r\n]+and[ \t\r\n]+/i.exec(raw.slice(i, i + 16));
      if (match) {
        names.push(raw.slice(start, i).trim());
        i += match[0].length - 1;
        start = i + 1;
      }
    }
  }
  names.push(raw.slice(start).trim());
  // An empty name, or an "and" left at either end ("and Smith"): the parser splits those its own way.
  return names.every((name) => name && !/^and(?:[ \t\r\n]|$)|[ \t\r\n]and$/i.test(name)) ? names : undefined;
}
