/**
 * Matching one paper against the text of a query without the index: the fallback while the index is
 * being built, the check of phrases for index hits, and the per-row list of matched words. Follows the
 * same word rule as the index (`matchTerm`), so a scan and the index find the same papers.
 * A cheap substring test on the folded text rules most papers out before any tokenizing.
 */
import type { Paper } from "../../shared/model/paper";
import type { PaperState } from "../../shared/model/user-state";
import type { ParsedQuery } from "../../shared/search/query-syntax";
import { fold, matchTerm, phraseTest, tokenize } from "../../shared/search/text";
import { weightedFields } from "./doc-text";
import { MATCH_WEIGHT } from "./vocabulary";

/** A paper's score for the query's text, or undefined when it does not match. */
export type TextScan = (paper: Paper, state: PaperState) => number | undefined;

/** Could `hay` hold a word matching `word`? (A word one edit away keeps one half of it intact.) */
function mayContain(hay: string, word: string, fuzzy: boolean): boolean {
  if (hay.includes(word)) return true;
  if (!fuzzy || word.length < 5) return false;
  const half = word.length >> 1;
  return hay.includes(word.slice(0, half)) || hay.includes(word.slice(half));
}

type PhraseTest = (text: string) => boolean;

/** Phrases all present and no excluded phrase present, each within one field. */
export function phrasesHold(fields: readonly string[], phrases: PhraseTest[], excluded: PhraseTest[]): boolean {
  return phrases.every((test) => fields.some(test)) && !excluded.some((test) => fields.some(test));
}

export function phraseTests(q: ParsedQuery): { phrases: PhraseTest[]; excluded: PhraseTest[] } {
  return { phrases: q.phrases.map(phraseTest), excluded: q.excludePhrases.map(phraseTest) };
}

export function scanText(q: ParsedQuery): TextScan {
  const { phrases, excluded } = phraseTests(q);
  const last = q.words.length - 1;
  return (paper, state) => {
    const fields = weightedFields(paper, state);
    const hay = fold(fields.map((f) => f[0]).join("\n"));
    if (!q.words.every((w) => mayContain(hay, w, true))) return undefined;
    if (!q.phrases.every((p) => p.every((w) => hay.includes(w)))) return undefined;
    const tokens = fields.map(([text, weight]) => [tokenize(text), weight] as const);
    if (q.excludeWords.some((x) => hay.includes(x) && tokens.some(([ts]) => ts.includes(x)))) return undefined;
    let score = 0;
    for (let i = 0; i <= last; i++) {
      const word = q.words[i] as string;
      let best = 0;
      for (const [ts, weight] of tokens) {
        for (const t of ts) {
          const how = matchTerm(t, word, q.prefix && i === last);
          if (how) best = Math.max(best, weight * MATCH_WEIGHT[how]);
        }
      }
      if (best === 0) return undefined;
      score += best;
    }
    if (
      !phrasesHold(
        fields.map((f) => f[0]),
        phrases,
        excluded,
      )
    )
      return undefined;
    return score;
  };
}

/** The words of `fields` that the query's text matched (folded, first occurrence order), for highlighting. */
export function matchedWords(fields: readonly string[], q: ParsedQuery): string[] {
  const out = new Set<string>();
  const last = q.words.length - 1;
  const phraseWords = new Set(q.phrases.flat());
  for (const field of fields) {
    for (const t of tokenize(field)) {
      if (out.has(t)) continue;
      if (phraseWords.has(t) || q.words.some((w, i) => matchTerm(t, w, q.prefix && i === last))) out.add(t);
    }
  }
  return [...out];
}
