/**
 * `toRow`, the light list row every query returns, and `runQuery`: the first, naive query (a substring
 * scan of every paper). The app queries through the search engine (main/search); `runQuery` stays as
 * the baseline `npm run bench` measures the engine against.
 */
import type { PaperRow, QueryResult } from "../../shared/api/contract";
import type { MethodArg } from "../../shared/api/schemas";
import type { Paper } from "../../shared/model/paper";
import { isTagWithin } from "../../shared/model/tags";
import { type PaperState, PRIORITIES, STATUSES } from "../../shared/model/user-state";

type QueryArg = MethodArg<"query">;

export function toRow(paper: Paper, state: PaperState): PaperRow {
  return {
    id: paper.id,
    title: paper.title,
    status: state.status,
    priority: state.priority,
    starred: state.starred,
    tags: state.tags,
    hasNote: state.note.trim() !== "",
    addedAt: paper.addedAt,
    ...(state.updatedAt ? { updatedAt: state.updatedAt } : {}),
  };
}

function textMatcher(text: string): ((paper: Paper, state: PaperState) => boolean) | undefined {
  const terms = text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return undefined;
  return (paper, state) => {
    const hay = `${paper.title}\n${paper.abstract}\n${state.tags.join(" ")}\n${state.note}`.toLocaleLowerCase();
    return terms.every((t) => hay.includes(t));
  };
}

function tagMatcher(arg: QueryArg): ((state: PaperState) => boolean) | undefined {
  if (arg.tags.length === 0) return undefined;
  // A parent tag matches its children: `method` covers `method/transformers`.
  const has = (state: PaperState, wanted: string) => state.tags.some((t) => isTagWithin(t, wanted));
  return arg.tagMode === "all"
    ? (state) => arg.tags.every((w) => has(state, w))
    : (state) => arg.tags.some((w) => has(state, w));
}

type Comparator = (a: [Paper, PaperState], b: [Paper, PaperState]) => number;

function comparator(arg: QueryArg): Comparator | undefined {
  const dir = arg.sort.dir === "desc" ? -1 : 1;
  switch (arg.sort.key) {
    case "title":
      return (a, b) => dir * a[0].title.localeCompare(b[0].title);
    case "added":
      // Papers are stored in the order they were added; descending is handled by reversing.
      return undefined;
    case "changed":
      return (a, b) => dir * (a[1].updatedAt ?? "").localeCompare(b[1].updatedAt ?? "");
    case "status":
      return (a, b) => dir * (STATUSES.indexOf(a[1].status) - STATUSES.indexOf(b[1].status));
    case "priority":
      return (a, b) => dir * (PRIORITIES.indexOf(a[1].priority) - PRIORITIES.indexOf(b[1].priority));
    case "relevance":
      return undefined;
  }
}

export function runQuery(papers: Iterable<Paper>, stateOf: (id: string) => PaperState, arg: QueryArg): QueryResult {
  const text = textMatcher(arg.text);
  const tags = tagMatcher(arg);
  const hits: [Paper, PaperState][] = [];
  for (const paper of papers) {
    const state = stateOf(paper.id);
    if (arg.status && state.status !== arg.status) continue;
    if (tags && !tags(state)) continue;
    if (text && !text(paper, state)) continue;
    hits.push([paper, state]);
  }
  const cmp = comparator(arg);
  // Array.prototype.sort is stable, so ties keep import order.
  if (cmp) hits.sort(cmp);
  else if (arg.sort.key === "added" && arg.sort.dir === "desc") hits.reverse();
  const items = hits.slice(arg.offset, arg.offset + arg.limit).map(([p, s]) => toRow(p, s));
  return { total: hits.length, offset: arg.offset, items };
}
