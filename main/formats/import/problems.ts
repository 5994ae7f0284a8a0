/** Keeping problem lists readable: a garbage file can yield thousands of them. */
import type { ParseProblem } from "../../../shared/model/paper";

export const MAX_PROBLEMS = 200;

/** The first `max` problems in line order, plus one line saying how many more there were. */
export function capProblems(problems: ParseProblem[], max = MAX_PROBLEMS): ParseProblem[] {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  if (sorted.length <= max) return sorted;
  const last = sorted[max - 1]?.line ?? 1;
  return [...sorted.slice(0, max), { line: last, message: `…and ${sorted.length - max} more problems` }];
}
