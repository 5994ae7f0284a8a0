/**
 * Structured filters (the query's status / tags / tagMode) and the search box's filter syntax
 * (tag:, status:, priority:, is:, has:, added:) compiled into one predicate over a paper's facts.
 */
import type { MethodArg } from "../../shared/api/schemas";
import { PRIORITIES, STATUSES } from "../../shared/model/user-state";
import type { ParsedQuery } from "../../shared/search/query-syntax";
import { type Facts, FLAG, type TagRegistry } from "./facts";

export type QueryArg = MethodArg<"query">;
export type FactsFilter = (f: Facts) => boolean;

type TagTest = (id: number) => boolean;

function hasAny(tags: readonly number[], test: TagTest): boolean {
  for (const t of tags) if (test(t)) return true;
  return false;
}

/** undefined when nothing is filtered. */
export function compileFilter(arg: QueryArg, q: ParsedQuery, registry: TagRegistry): FactsFilter | undefined {
  const tests: FactsFilter[] = [];
  let statuses: Set<number> | undefined;
  if (arg.status) statuses = new Set([STATUSES.indexOf(arg.status)]);
  if (q.statuses) {
    const allowed = q.statuses.map((s) => STATUSES.indexOf(s));
    statuses = new Set(statuses ? allowed.filter((s) => statuses?.has(s)) : allowed);
  }
  if (statuses) {
    const ok = statuses;
    tests.push((f) => ok.has(f.status));
  }
  if (q.priorities) {
    const ok = new Set(q.priorities.map((p) => PRIORITIES.indexOf(p)));
    tests.push((f) => ok.has(f.priority));
  }
  const flag = (bit: number, want: boolean | undefined) => {
    if (want !== undefined) tests.push((f) => ((f.flags & bit) !== 0) === want);
  };
  flag(FLAG.starred, q.starred);
  flag(FLAG.note, q.hasNote);
  flag(FLAG.highlight, q.hasHighlight);
  const { addedFrom, addedBefore } = q;
  if (addedFrom !== undefined) tests.push((f) => f.added >= addedFrom);
  if (addedBefore !== undefined) tests.push((f) => f.added < addedBefore);
  if (arg.tags.length > 0) {
    const masks = arg.tags.map((t) => registry.matcher(t));
    tests.push(
      arg.tagMode === "all"
        ? (f) => masks.every((m) => hasAny(f.tags, m))
        : (f) => masks.some((m) => hasAny(f.tags, m)),
    );
  }
  for (const tag of q.tags) {
    const mask = registry.matcher(tag);
    tests.push((f) => hasAny(f.tags, mask));
  }
  for (const tag of q.excludeTags) {
    const mask = registry.matcher(tag);
    tests.push((f) => !hasAny(f.tags, mask));
  }
  if (tests.length === 0) return undefined;
  if (tests.length === 1) return tests[0];
  return (f) => tests.every((t) => t(f));
}
