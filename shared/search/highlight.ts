/**
 * Where to highlight a query's matches in a text (title, abstract, note...): the [start, end) ranges,
 * in the ORIGINAL text, of words that match the query by the same rule the search uses (exact, prefix
 * for the word being typed, one typo for long words, phrase words). Pure (runs in the renderer).
 */
import type { ParsedQuery } from "./query-syntax";
import { fold, matchTerm } from "./text";

const WORD = /[\p{L}\p{N}]+/gu;

export function highlightRanges(text: string, q: ParsedQuery): [start: number, end: number][] {
  if (q.words.length === 0 && q.phrases.length === 0) return [];
  const phraseWords = new Set(q.phrases.flat());
  const last = q.words.length - 1;
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    const hit =
      phraseWords.has(word) || q.words.some((w, i) => matchTerm(word, w, q.prefix && i === last) !== undefined);
    if (hit) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
