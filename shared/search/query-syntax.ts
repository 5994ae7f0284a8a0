/**
 * The search box syntax, parsed into a structure the index, the fallback scan and the filters share.
 *
 *   word            every word must match (title, abstract, note, highlights, tags); the last word matches
 *                   as a prefix while it is being typed (no space after it yet); words of 5+ letters also
 *                   match one typo away
 *   "exact phrase"  the words consecutively, in one field      -word / -"phrase"   exclude (exact word)
 *   tag:name        has the tag or a child of it (`tag:method` matches `method/transformers`);
 *                   tag:"multi word" for spaces; -tag:name excludes
 *   status:unread|reading|read (also is:unread ...)            -status:read excludes
 *   priority:none|low|medium|high, or with >, >=, <, <= (priority:>low)
 *   is:starred      has:note      has:highlight               each negatable with a leading -
 *   added:2026-01-01 (that day), added:2026-01 (month), added:2026 (year), added:>D, >=D, <D, <=D (UTC)
 *
 * Anything else of the form key:value (an unknown key, or a value a key does not take) is plain text:
 * its words are searched like any others. Pure TypeScript (runs in the renderer too).
 */
import { PRIORITIES, type Priority, type ReadStatus, STATUSES } from "../model/user-state";
import { tokenize } from "./text";

export interface ParsedQuery {
  /** Folded words that must all match. */
  words: string[];
  /** The last of `words` is still being typed: it also matches as a prefix. */
  prefix: boolean;
  /** Phrases (folded words, in order) that must all match. */
  phrases: string[][];
  /** Papers containing any of these exact words are left out. */
  excludeWords: string[];
  excludePhrases: string[][];
  /** Lower-cased tag names; each must match the paper's tags or a child of them. */
  tags: string[];
  excludeTags: string[];
  /** Allowed statuses / priorities; undefined = any. */
  statuses?: ReadStatus[];
  priorities?: Priority[];
  starred?: boolean;
  hasNote?: boolean;
  hasHighlight?: boolean;
  /** Added at or after (epoch ms, inclusive) / before (exclusive). */
  addedFrom?: number;
  addedBefore?: number;
  /** The positive words (free and phrase words), for highlighting matches. */
  terms: string[];
}

export function emptyQuery(): ParsedQuery {
  return {
    words: [],
    prefix: false,
    phrases: [],
    excludeWords: [],
    excludePhrases: [],
    tags: [],
    excludeTags: [],
    terms: [],
  };
}

/** True when the query has free text to search (not only filters). */
export function hasText(q: ParsedQuery): boolean {
  return q.words.length > 0 || q.phrases.length > 0;
}

interface Token {
  negated: boolean;
  key?: string;
  value: string;
  quoted: boolean;
  /** The raw token, for falling back to plain text. */
  raw: string;
}

const TOKEN = /(-)?(?:([A-Za-z]+):)?(?:"([^"]*)"?|([^\s"]+))/y;

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const space = /\s+/y;
    space.lastIndex = at;
    if (space.exec(text)) at = space.lastIndex;
    if (at >= text.length) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex === at) {
      at += 1;
      continue;
    }
    at = TOKEN.lastIndex;
    const quoted = m[3] !== undefined;
    tokens.push({
      negated: m[1] === "-",
      ...(m[2] ? { key: m[2].toLowerCase() } : {}),
      value: quoted ? (m[3] as string) : (m[4] ?? ""),
      quoted,
      raw: m[0],
    });
  }
  return tokens;
}

const DAY_MS = 86_400_000;

/** [start, end) in epoch ms of a day, month or year written as YYYY[-MM[-DD]]; undefined if invalid. */
function dateSpan(text: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (mo !== undefined && (mo < 0 || mo > 11)) return undefined;
  if (mo === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  const start = Date.UTC(y, mo, d);
  if (new Date(start).getUTCDate() !== d) return undefined;
  return [start, start + DAY_MS];
}

const COMPARISON = /^(>=|<=|>|<|=)?(.*)$/;

function narrowAdded(q: ParsedQuery, value: string): boolean {
  const [, op = "=", rest = ""] = COMPARISON.exec(value) ?? [];
  const span = dateSpan(rest);
  if (!span) return false;
  const [start, end] = span;
  const from = op === ">" ? end : op === ">=" || op === "=" ? start : undefined;
  const before = op === "<" ? start : op === "<=" || op === "=" ? end : undefined;
  if (from !== undefined) q.addedFrom = Math.max(q.addedFrom ?? from, from);
  if (before !== undefined) q.addedBefore = Math.min(q.addedBefore ?? before, before);
  return true;
}

function choose<T extends string>(all: readonly T[], wanted: readonly T[], negated: boolean, current?: T[]): T[] {
  const picked = all.filter((v) => wanted.includes(v) !== negated);
  return current ? current.filter((v) => picked.includes(v)) : picked;
}

function prioritiesFor(value: string): Priority[] | undefined {
  const [, op = "=", name = ""] = COMPARISON.exec(value.toLowerCase()) ?? [];
  const at = PRIORITIES.indexOf(name as Priority);
  if (at < 0) return undefined;
  return PRIORITIES.filter((_, i) =>
    op === ">" ? i > at : op === ">=" ? i >= at : op === "<" ? i < at : op === "<=" ? i <= at : i === at,
  );
}

const FLAGS: Record<string, "starred" | "hasNote" | "hasHighlight"> = {
  "is:starred": "starred",
  "has:note": "hasNote",
  "has:notes": "hasNote",
  "has:highlight": "hasHighlight",
  "has:highlights": "hasHighlight",
};

/** Apply a key:value token; false when it is not a filter this syntax knows (then it is plain text). */
function applyFilter(q: ParsedQuery, t: Token): boolean {
  const value = t.value.trim();
  const lower = value.toLowerCase();
  const flag = FLAGS[`${t.key}:${lower}`];
  if (flag) {
    q[flag] = !t.negated;
    return true;
  }
  switch (t.key) {
    case "tag": {
      const tag = lower.replace(/\/+$/, "");
      if (!tag) return false;
      (t.negated ? q.excludeTags : q.tags).push(tag);
      return true;
    }
    case "is":
    case "status":
      if (!STATUSES.includes(lower as ReadStatus)) return false;
      q.statuses = choose(STATUSES, [lower as ReadStatus], t.negated, q.statuses);
      return true;
    case "priority": {
      const wanted = prioritiesFor(lower);
      if (!wanted) return false;
      q.priorities = choose(PRIORITIES, wanted, t.negated, q.priorities);
      return true;
    }
    case "added":
      return !t.negated && narrowAdded(q, lower);
    default:
      return false;
  }
}

/**
 * A word being typed matches as a prefix from its second letter: a single letter would expand to a
 * large part of the vocabulary (every word starting with "t") and rank it all, the slowest query there
 * is at 100k papers, for a list nobody reads.
 */
export const MIN_PREFIX_LENGTH = 2;

export function parseQuery(text: string): ParsedQuery {
  const q = emptyQuery();
  const tokens = lex(text);
  let lastFreeWord = -1;
  tokens.forEach((t, i) => {
    if (t.key !== undefined && applyFilter(q, t)) return;
    const words = tokenize(t.key !== undefined ? `${t.key} ${t.value}` : t.value);
    if (words.length === 0) return;
    if (t.negated) {
      if (words.length === 1 && !t.quoted) q.excludeWords.push(words[0] as string);
      else q.excludePhrases.push(words);
    } else if (t.quoted) {
      if (words.length === 1) q.words.push(words[0] as string);
      else q.phrases.push(words);
    } else {
      q.words.push(...words);
      if (t.key === undefined) lastFreeWord = i;
    }
  });
  q.prefix =
    lastFreeWord >= 0 &&
    lastFreeWord === tokens.length - 1 &&
    !/\s$/.test(text) &&
    (q.words.at(-1)?.length ?? 0) >= MIN_PREFIX_LENGTH;
  // Deduplicate, keeping the word being typed last so the prefix rule still applies to it.
  const typed = q.prefix ? q.words.at(-1) : undefined;
  q.words = [...new Set(q.words.filter((w) => w !== typed)), ...(typed ? [typed] : [])];
  q.terms = [...new Set([...q.words, ...q.phrases.flat()])];
  return q;
}
