/**
 * Text normalization shared by the search index, the fallback scan and highlighting, so all three agree
 * on what a "word" is: letters and digits, case-folded, accents stripped ("Café" -> "cafe").
 * Pure TypeScript (runs in the renderer too).
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";

/** Lower-case and strip accents; ASCII text takes the fast path. */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

const ASCII_WORD = /[a-z0-9]+/g;

/** The words of a text, folded, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  // For ASCII text the letters and digits are exactly [a-z0-9] once lower-cased; that regex is faster.
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return fold(text).match(WORD) ?? [];
}

/** True when `a` and `b` differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la || i === lb) return true;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words of at least this many letters also match words one typo away. */
export const FUZZY_MIN_LENGTH = 5;

export type TermMatch = "exact" | "prefix" | "fuzzy";

/** How a text word matches a query word (undefined: it does not). The one rule index and scan share. */
export function matchTerm(word: string, query: string, prefix: boolean): TermMatch | undefined {
  if (word === query) return "exact";
  if (prefix && word.startsWith(query)) return "prefix";
  if (query.length >= FUZZY_MIN_LENGTH && withinOneEdit(word, query)) return "fuzzy";
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase (its folded words consecutive, any separators between them) as a test on raw text. */
export function phraseTest(words: readonly string[]): (text: string) => boolean {
  const body = words.map(escapeRegExp).join(`(?:[^\\p{L}\\p{N}])+`);
  // Case-insensitive, so ASCII text (most of it) needs no folded copy.
  const re = new RegExp(`(?<!${LETTER_OR_DIGIT})${body}(?!${LETTER_OR_DIGIT})`, "iu");
  return (text) => re.test(NON_ASCII.test(text) ? fold(text) : text);
}
