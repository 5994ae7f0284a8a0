/** Text match alone (no filters, no paging): every matching paper ranked by score, from the index or a scan. */
import { hasText, type ParsedQuery } from "../../shared/search/query-syntax";
import { fieldsOf, type IndexedDoc, queryWords, type ScanSource } from "./run-query";
import { phrasesHold, phraseTests, scanText } from "./scan";
import type { TextIndex } from "./text-index";

export interface TextSearchResult {
  /** Paper ids, best first (ties in import order). */
  ids: string[];
  scores: number[];
  /** Matched terms, for highlighting. */
  terms: string[];
}

interface Hit {
  id: string;
  score: number;
  at: number;
}

function ranked(hits: Hit[], terms: string[]): TextSearchResult {
  hits.sort((a, b) => b.score - a.score || a.at - b.at);
  return { ids: hits.map((h) => h.id), scores: hits.map((h) => h.score), terms };
}

export function indexTextSearch(
  index: TextIndex,
  docs: readonly (IndexedDoc | undefined)[],
  q: ParsedQuery,
): TextSearchResult {
  if (!hasText(q)) return ranked([], []);
  const found = index.match(queryWords(q));
  const { phrases, excluded } = phraseTests(q);
  const excludedSlots = new Set(q.excludeWords.flatMap((w) => [...index.slotsWithTerm(w)]));
  const hits: Hit[] = [];
  for (const slot of found.slots) {
    const doc = docs[slot];
    if (!doc || excludedSlots.has(slot)) continue;
    if (phrases.length + excluded.length > 0 && !phrasesHold(fieldsOf(doc), phrases, excluded)) continue;
    hits.push({ id: doc.paper.id, score: found.scores[slot] as number, at: doc.order });
  }
  return ranked(hits, found.terms);
}

export function scanTextSearch(source: ScanSource, q: ParsedQuery): TextSearchResult {
  if (!hasText(q)) return ranked([], []);
  const scan = scanText(q);
  const hits: Hit[] = [];
  let at = 0;
  for (const paper of source.papers()) {
    const score = scan(paper, source.stateOf(paper.id));
    if (score !== undefined) hits.push({ id: paper.id, score, at });
    at += 1;
  }
  return ranked(hits, [...q.terms]);
}
