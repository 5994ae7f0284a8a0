/**
 * The last destructive or bulk actions and how to revert each. A paper's state is reverted field by
 * field against what the action wrote, so an edit made after the action (a note typed since) is kept.
 */
import { tagKey } from "../../shared/model/tags";
import { DEFAULT_PAPER_STATE, type PaperState } from "../../shared/model/user-state";
import type { Change, CollectionName, Collections } from "./store/library-store";

export interface UndoStep {
  k: CollectionName;
  id: string;
  before: Collections[CollectionName] | null;
  after: Collections[CollectionName] | null;
}

export interface UndoEntry {
  label: string;
  steps: UndoStep[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Tags: take back what the action added, give back what it removed, keep the rest of `current`. */
function revertTags(current: string[], before: string[], after: string[]): string[] {
  if (same(current, after)) return before;
  const beforeKeys = new Set(before.map(tagKey));
  const afterKeys = new Set(after.map(tagKey));
  const added = new Set([...afterKeys].filter((k) => !beforeKeys.has(k)));
  const kept = current.filter((t) => !added.has(tagKey(t)));
  const keptKeys = new Set(kept.map(tagKey));
  const removed = before.filter((t) => !afterKeys.has(tagKey(t)) && !keptKeys.has(tagKey(t)));
  return [...kept, ...removed];
}

export function revertState(current: PaperState, before: PaperState, after: PaperState): PaperState {
  const next: PaperState = { ...current };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof PaperState>;
  for (const key of keys) {
    if (key === "updatedAt" || same(before[key], after[key])) continue;
    if (key === "tags") next.tags = revertTags(current.tags, before.tags, after.tags);
    else if (same(current[key], after[key])) Object.assign(next, { [key]: before[key] });
  }
  return next;
}

/** The changes that revert `entry` given the records as they are now. */
export function inverseChanges(entry: UndoEntry, current: (k: CollectionName, id: string) => unknown): Change[] {
  return [...entry.steps].reverse().map((step) => {
    if (step.k === "papers" && step.after) {
      const now = (current("papers", step.id) as PaperState | undefined) ?? { ...DEFAULT_PAPER_STATE };
      const before = (step.before as PaperState | null) ?? { ...DEFAULT_PAPER_STATE };
      return { k: "papers", id: step.id, v: revertState(now, before, step.after as PaperState) };
    }
    return { k: step.k, id: step.id, v: step.before } as Change;
  });
}

export class UndoStack {
  private readonly entries: UndoEntry[] = [];
  constructor(private readonly limit = 50) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  peekLabel(): string | undefined {
    return this.entries.at(-1)?.label;
  }

  get size(): number {
    return this.entries.length;
  }
}
