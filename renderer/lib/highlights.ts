/**
 * Highlights on the abstract, as pure functions: a DOM selection becomes {start, end, quote} offsets of
 * the abstract's TEXT (however many elements the abstract is drawn in), and stored highlights become
 * non-overlapping segments to draw. A highlight whose offsets no longer hold its quote (the abstract
 * was edited) moves to the nearest occurrence of the quote, or is reported detached; never drawn over
 * other text.
 */

/** The part of a DOM node this file walks; real nodes satisfy it, tests build plain objects. */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly parentNode: NodeLike | null;
}

/** The part of a DOM Range (or Selection range) used here. */
export interface RangeLike {
  readonly startContainer: NodeLike;
  readonly startOffset: number;
  readonly endContainer: NodeLike;
  readonly endOffset: number;
}

export interface TextSpan {
  start: number;
  end: number;
  quote: string;
}

const TEXT_NODE = 3;

function isWithin(node: NodeLike, root: NodeLike): boolean {
  for (let n: NodeLike | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

function textLength(node: NodeLike): number {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0;
  let n = 0;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) n += textLength(child);
  }
  return n;
}

/** The text of `root` as drawn: its text nodes in document order. */
export function textOf(node: NodeLike): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? "";
  let s = "";
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) s += textOf(child);
  }
  return s;
}

/**
 * The character offset in `root`'s text of a boundary point (a text node and a character offset, or an
 * element and a child index, as in a DOM Range), or undefined when the point is not inside `root`.
 */
export function boundaryOffset(root: NodeLike, container: NodeLike, offset: number): number | undefined {
  if (!isWithin(container, root)) return undefined;
  let count = 0;
  const walk = (node: NodeLike): boolean => {
    if (node === container) {
      if (node.nodeType === TEXT_NODE) {
        count += Math.min(Math.max(offset, 0), node.nodeValue?.length ?? 0);
      } else {
        const upTo = Math.min(Math.max(offset, 0), node.childNodes.length);
        for (let i = 0; i < upTo; i++) {
          const child = node.childNodes[i];
          if (child) count += textLength(child);
        }
      }
      return true;
    }
    if (node.nodeType === TEXT_NODE) {
      count += node.nodeValue?.length ?? 0;
      return false;
    }
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child && walk(child)) return true;
    }
    return false;
  };
  walk(root);
  return count;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** [start, end) of `text` without the whitespace at either edge; undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | undefined {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return s < e ? { start: s, end: e, quote: text.slice(s, e) } : undefined;
}

/**
 * The span of `text` (the abstract) that `range` selects inside `root` (the element drawing it), with
 * edge whitespace trimmed. A range reaching out of `root` on one side is clipped to it; a range with
 * neither end inside `root` selects nothing. Should `root`'s text ever differ from `text`, the selected
 * words are looked up in `text` near the same place instead of trusting the offsets.
 */
export function selectionSpan(root: NodeLike, range: RangeLike, text: string): TextSpan | undefined {
  const s = boundaryOffset(root, range.startContainer, range.startOffset);
  const e = boundaryOffset(root, range.endContainer, range.endOffset);
  if (s === undefined && e === undefined) return undefined;
  const drawn = textOf(root);
  const span = trimSpan(drawn, s ?? 0, e ?? drawn.length);
  if (!span || drawn === text) return span;
  const at = nearestOccurrence(text, span.quote, span.start);
  return at === undefined ? undefined : { start: at, end: at + span.quote.length, quote: span.quote };
}

/** The index of the occurrence of `quote` in `text` closest to `near` (the earlier one on a tie). */
export function nearestOccurrence(text: string, quote: string, near: number): number | undefined {
  if (quote === "") return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break; // later occurrences are only further away
  }
  return best;
}

export interface StoredHighlight {
  id: string;
  start: number;
  end: number;
  quote: string;
}

export interface PlacedHighlight {
  id: string;
  start: number;
  end: number;
  /** True when the stored offsets no longer held the quote and it was found elsewhere. */
  moved: boolean;
}

/** A run of the abstract drawn the same way: plain (no ids) or covered by these highlights. */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

export interface Anchored {
  placed: PlacedHighlight[];
  /** Highlights whose quote is no longer in the abstract: listed, never drawn. */
  detached: string[];
  /** The whole abstract, in order, cut wherever a highlight starts or ends. */
  segments: Segment[];
}

/** Where each highlight is drawn now, and the abstract cut into segments to draw. */
export function anchorHighlights(text: string, highlights: readonly StoredHighlight[]): Anchored {
  const placed: PlacedHighlight[] = [];
  const detached: string[] = [];
  for (const h of highlights) {
    if (h.quote !== "" && h.start >= 0 && text.slice(h.start, h.end) === h.quote) {
      placed.push({ id: h.id, start: h.start, end: h.end, moved: false });
      continue;
    }
    const at = nearestOccurrence(text, h.quote, h.start);
    if (at === undefined) detached.push(h.id);
    else placed.push({ id: h.id, start: at, end: at + h.quote.length, moved: true });
  }
  return { placed, detached, segments: segmentText(text.length, placed) };
}

/** Cut [0, length) at every span boundary; each piece lists the spans covering it, in input order. */
export function segmentText(length: number, spans: readonly { id: string; start: number; end: number }[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const ids = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const last = segments.at(-1);
    // Neighbours drawn the same way are merged, so plain text stays one node.
    if (last && last.end === start && sameIds(last.ids, ids)) last.end = end;
    else segments.push({ start, end, ids });
  }
  return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The parts of `segments` inside [from, to), clipped to it (to nest highlights inside a link). */
export function clipSegments(segments: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (start < end) out.push({ start, end, ids: s.ids });
  }
  return out;
}
