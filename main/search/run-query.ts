/**
 * A `query` call answered from the index (once built) or by scanning every paper (until then): text
 * match, filters, sort and one page of light rows, each with the words it matched for highlighting.
 * Both paths apply the same rules, so they return the same papers; only relevance order may differ
 * (the scan has no document frequencies, so it ranks by field weight alone).
 */
import type { PaperRow, QueryResult } from "../../shared/api/contract";
import type { Paper } from "../../shared/model/paper";
import type { PaperState } from "../../shared/model/user-state";
import { hasText, type ParsedQuery } from "../../shared/search/query-syntax";
import { fold } from "../../shared/search/text";
import { toRow } from "../core/query";
import { weightedFields } from "./doc-text";
import { addedMs, type Facts, factsOf, type TagRegistry } from "./facts";
import type { FactsFilter, QueryArg } from "./filters";
import { smallestK } from "./order";
import { matchedWords, phrasesHold, phraseTests, scanText } from "./scan";
import type { QueryWord, TextIndex } from "./text-index";
import type { TitleOrder } from "./title-order";

export interface SearchRow extends PaperRow {
  /**
   * Folded words of the title and tags (what a row shows) that the query's text matched, for
   * highlighting; absent without text. The detail pane highlights with `highlightRanges` instead.
   */
  matches?: string[];
}

export interface SearchResult extends QueryResult {
  items: SearchRow[];
  /** Every term the query's text matched in the library (capped), for highlighting in the detail pane. */
  terms: string[];
  /** False while the index is being built (the answer came from a scan). */
  indexed: boolean;
}

export interface IndexedDoc {
  paper: Paper;
  state: PaperState;
  facts: Facts;
  /** Place in the library's order (the source's order at build, then imports appended): breaks ties. */
  order: number;
}

export interface IndexView {
  index: TextIndex;
  docs: readonly (IndexedDoc | undefined)[];
  titles: TitleOrder;
}

export function fieldsOf(doc: { paper: Paper; state: PaperState }): string[] {
  return weightedFields(doc.paper, doc.state).map((f) => f[0]);
}

/** The words the index must match: free words (last one as a prefix while typing) and phrase words. */
export function queryWords(q: ParsedQuery): QueryWord[] {
  const last = q.words.length - 1;
  const words: QueryWord[] = q.words.map((word, i) => ({ word, prefix: q.prefix && i === last, fuzzy: true }));
  for (const word of new Set(q.phrases.flat())) {
    if (!q.words.includes(word)) words.push({ word, prefix: false, fuzzy: false });
  }
  return words;
}

type SortValue = (at: number) => number;

/**
 * One page in sort order; ties in library order, except newest-first by date added, which reads as the
 * library's order reversed.
 */
function page<T>(
  arg: QueryArg,
  textual: boolean,
  hits: Int32Array,
  value: SortValue,
  tie: SortValue,
  row: (at: number) => T,
): T[] {
  const end = arg.offset + arg.limit;
  const byAdded = arg.sort.key === "added" || (arg.sort.key === "relevance" && !textual);
  const ordered =
    arg.sort.dir === "desc"
      ? smallestK(hits, (s) => -value(s), end, byAdded ? (s) => -tie(s) : tie)
      : smallestK(hits, value, end, tie);
  const out: T[] = [];
  for (let i = arg.offset; i < ordered.length; i++) out.push(row(ordered[i] as number));
  return out;
}

export function queryIndex(view: IndexView, arg: QueryArg, q: ParsedQuery, filter?: FactsFilter): SearchResult {
  const { index, docs } = view;
  const textual = hasText(q);
  let hits: Int32Array;
  let scores: Float64Array | undefined;
  let terms: string[] = [];
  if (textual) {
    const found = index.match(queryWords(q));
    hits = found.slots;
    scores = found.scores;
    terms = found.terms;
  } else {
    const live: number[] = [];
    for (let s = 0; s < docs.length; s++) if (docs[s]) live.push(s);
    hits = Int32Array.from(live);
  }
  const excluded = new Set<number>();
  for (const word of q.excludeWords) for (const s of index.slotsWithTerm(word)) excluded.add(s);
  const { phrases, excluded: notPhrases } = phraseTests(q);
  const checkPhrases = phrases.length > 0 || notPhrases.length > 0;
  // Index hits and the no-text list hold live slots only; filter only when there is something to check.
  if (filter || checkPhrases || excluded.size > 0) {
    hits = hits.filter((s) => {
      const doc = docs[s];
      if (!doc || excluded.has(s) || (filter && !filter(doc.facts))) return false;
      return !checkPhrases || phrasesHold(fieldsOf(doc), phrases, notPhrases);
    });
  }
  const facts = (s: number) => (docs[s] as IndexedDoc).facts;
  const value = sortValue(arg, textual && scores ? scores : undefined, facts, view.titles);
  const tie = (s: number) => (docs[s] as IndexedDoc).order;
  const items = page(arg, textual, hits, value, tie, (s) => rowOf(docs[s] as IndexedDoc, q, textual));
  return { total: hits.length, offset: arg.offset, items, terms, indexed: true };
}

function sortValue(
  arg: QueryArg,
  scores: Float64Array | undefined,
  facts: (at: number) => Facts,
  titles: TitleOrder | undefined,
): SortValue {
  const added = (s: number) => facts(s).added;
  switch (arg.sort.key) {
    case "relevance":
      return scores ? (s) => scores[s] as number : added;
    case "title":
      return titles ? titles.rankOf() : added; // the scan path ranks titles itself
    case "added":
      return added;
    case "changed":
      return (s) => facts(s).changed;
    case "status":
      return (s) => facts(s).status;
    case "priority":
      return (s) => facts(s).priority;
  }
}

function rowOf(doc: { paper: Paper; state: PaperState }, q: ParsedQuery, textual: boolean): SearchRow {
  const row: SearchRow = toRow(doc.paper, doc.state);
  if (textual) row.matches = matchedWords([doc.paper.title, ...doc.state.tags], q);
  return row;
}

const NO_FACTS: Facts = { status: 0, priority: 0, flags: 0, added: 0, changed: 0, tags: [] };

export interface ScanSource {
  papers(): Iterable<Paper>;
  stateOf(id: string): PaperState;
}

/** The same answer without the index: every paper is looked at. */
export function queryScan(
  source: ScanSource,
  tags: TagRegistry,
  arg: QueryArg,
  q: ParsedQuery,
  filter?: FactsFilter,
): SearchResult {
  const textual = hasText(q);
  const scan = textual || q.excludeWords.length > 0 || q.excludePhrases.length > 0 ? scanText(q) : undefined;
  // The first page after start (no text, no filter, by date added) must not pay for every paper's state.
  const needFacts = filter !== undefined || ["changed", "status", "priority"].includes(arg.sort.key);
  const hits: { paper: Paper; state?: PaperState; facts: Facts }[] = [];
  const scores: number[] = [];
  for (const paper of source.papers()) {
    const state = scan || needFacts ? source.stateOf(paper.id) : undefined;
    const facts = state && needFacts ? factsOf(paper, state, tags) : { ...NO_FACTS, added: addedMs(paper) };
    if (filter && !filter(facts)) continue;
    const score = scan && state ? scan(paper, state) : 0;
    if (score === undefined) continue;
    hits.push({ paper, state, facts });
    scores.push(score);
  }
  const doc = (i: number) => {
    const hit = hits[i] as (typeof hits)[number];
    return { paper: hit.paper, state: hit.state ?? source.stateOf(hit.paper.id) };
  };
  const positions = Int32Array.from(hits, (_, i) => i);
  let value = sortValue(
    arg,
    textual ? Float64Array.from(scores) : undefined,
    (i) => (hits[i] as (typeof hits)[number]).facts,
    undefined,
  );
  if (arg.sort.key === "title") {
    const keys = hits.map((h) => fold(h.paper.title));
    const byTitle = [...positions].sort((a, b) => {
      const ka = keys[a] as string;
      const kb = keys[b] as string;
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
    const rank = new Int32Array(hits.length);
    byTitle.forEach((p, r) => {
      rank[p] = r;
    });
    value = (i) => rank[i] as number;
  }
  const items = page(
    arg,
    textual,
    positions,
    value,
    (i) => i,
    (i) => rowOf(doc(i), q, textual),
  );
  return { total: hits.length, offset: arg.offset, items, terms: [...q.terms], indexed: false };
}
