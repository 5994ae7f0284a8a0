/**
 * Where to mark the search's matches in a text: ranges from the parsed query (the detail pane: title,
 * abstract, note) or from the words the core says matched (a list row's `matches`), and the text cut
 * into plain and hit pieces for drawing. Also a rehype plugin marking them in the rendered note.
 * Pure: no DOM, no React.
 */
import { highlightRanges } from "../../shared/search/highlight";
import type { ParsedQuery } from "../../shared/search/query-syntax";
import { fold } from "../../shared/search/text";

export type HitRange = readonly [start: number, end: number];

export interface HitPiece {
  start: number;
  end: number;
  hit: boolean;
}

/** What to mark: the parsed search text, or folded words (a row's `matches`, a result's `terms`). */
export type HitSource = ParsedQuery | readonly string[];

/** Same definition of a word as shared/search/text.ts (letters and digits). */
const WORD = /[\p{L}\p{N}]+/gu;

/** Ranges of the words of `text` whose folded form is one of `words`. */
export function wordRanges(text: string, words: readonly string[]): HitRange[] {
  if (words.length === 0 || text === "") return [];
  const wanted = new Set(words);
  const out: HitRange[] = [];
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(fold(m[0]))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** The ranges of `text` to mark for `source`, in order, not overlapping. */
export function hitRanges(text: string, source: HitSource | undefined): HitRange[] {
  if (!source || text === "") return [];
  return isWordList(source) ? wordRanges(text, source) : highlightRanges(text, source);
}

function isWordList(source: HitSource): source is readonly string[] {
  return Array.isArray(source);
}

/**
 * The span [from, to) of a text cut at the hit ranges into plain and hit pieces, in order, covering
 * the span exactly (so drawn pieces add up to the original text). `ranges` must be sorted.
 */
export function hitPieces(ranges: readonly HitRange[], from: number, to: number): HitPiece[] {
  const pieces: HitPiece[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    if (start >= to || at >= to) break;
    const s = Math.max(start, at);
    const e = Math.min(end, to);
    if (s > at) pieces.push({ start: at, end: s, hit: false });
    pieces.push({ start: s, end: e, hit: true });
    at = e;
  }
  if (at < to) pieces.push({ start: at, end: to, hit: false });
  return pieces;
}

/** The part of a hast tree (rehype's HTML syntax tree) the note plugin walks. */
export interface HastLike {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

export const SEARCH_HIT_CLASS = "search-hit";

/**
 * A rehype plugin (react-markdown's `rehypePlugins: [[rehypeSearchHits, query]]`) wrapping the
 * query's matches in the rendered note's text in `<mark class="search-hit">`. Code stays as written.
 */
export function rehypeSearchHits(query: ParsedQuery) {
  return (tree: HastLike): void => markChildren(tree, query);
}

const SKIP = new Set(["code", "pre", "mark"]);

function markChildren(node: HastLike, query: ParsedQuery): void {
  if (!node.children) return;
  const next: HastLike[] = [];
  for (const child of node.children) {
    if (child.type === "text" && child.value) {
      next.push(...markText(child.value, query));
    } else {
      if (child.type === "element" && !SKIP.has(child.tagName ?? "")) markChildren(child, query);
      next.push(child);
    }
  }
  node.children = next;
}

function markText(value: string, query: ParsedQuery): HastLike[] {
  const ranges = highlightRanges(value, query);
  if (ranges.length === 0) return [{ type: "text", value }];
  return hitPieces(ranges, 0, value.length).map((p) => {
    const text: HastLike = { type: "text", value: value.slice(p.start, p.end) };
    return p.hit
      ? { type: "element", tagName: "mark", properties: { className: [SEARCH_HIT_CLASS] }, children: [text] }
      : text;
  });
}
