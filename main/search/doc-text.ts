/**
 * What of a paper is searchable, and how much each field counts. Static text (title, abstract) changes
 * only on import; dynamic text (note, highlights, tags) changes on edits.
 * Relevance order of one occurrence: title > tags > note = highlight > abstract.
 */
import type { Paper } from "../../shared/model/paper";
import type { PaperState } from "../../shared/model/user-state";
import { tokenize } from "../../shared/search/text";

export const FIELD_WEIGHT = { title: 10, tags: 6, note: 3, highlight: 3, abstract: 1 } as const;
const MAX_WEIGHT = 255;

function addWeights(into: Map<string, number>, text: string, weight: number): void {
  for (const term of tokenize(text)) into.set(term, Math.min(MAX_WEIGHT, (into.get(term) ?? 0) + weight));
}

/** term -> weight for the title and abstract. */
export function staticTerms(paper: Paper): Map<string, number> {
  const out = new Map<string, number>();
  addWeights(out, paper.title, FIELD_WEIGHT.title);
  addWeights(out, paper.abstract, FIELD_WEIGHT.abstract);
  return out;
}

/** term -> weight for the note, highlights (quote and comment) and tags. */
export function dynamicTerms(state: PaperState): Map<string, number> {
  const out = new Map<string, number>();
  for (const tag of state.tags) addWeights(out, tag, FIELD_WEIGHT.tags);
  if (state.note) addWeights(out, state.note, FIELD_WEIGHT.note);
  for (const h of state.highlights) addWeights(out, `${h.quote}\n${h.comment}`, FIELD_WEIGHT.highlight);
  return out;
}

/** Every searchable field on its own (a phrase never spans two) with its weight. */
export function weightedFields(paper: Paper, state: PaperState): [string, number][] {
  return [
    [paper.title, FIELD_WEIGHT.title],
    ...state.tags.map((t): [string, number] => [t, FIELD_WEIGHT.tags]),
    [state.note, FIELD_WEIGHT.note],
    ...state.highlights.flatMap((h): [string, number][] => [
      [h.quote, FIELD_WEIGHT.highlight],
      [h.comment, FIELD_WEIGHT.highlight],
    ]),
    [paper.abstract, FIELD_WEIGHT.abstract],
  ];
}
