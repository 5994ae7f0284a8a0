/**
 * Live sidebar figures (papers per status, per tag) kept up to date by diffs, so `stats` costs
 * O(number of tags) rather than a scan of the library.
 */
import type { LibraryStats, TagCount } from "../../shared/api/contract";
import { tagKey } from "../../shared/model/tags";
import { type PaperState, type ReadStatus, STATUSES } from "../../shared/model/user-state";

export { tagKey };

export class Counters {
  private total = 0;
  private starred = 0;
  private readonly byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ReadStatus, number>;
  /** lower-cased tag -> display name and count */
  private readonly tags = new Map<string, { name: string; count: number }>();

  /** Forget every paper (before counting them again). */
  clear(): void {
    this.total = 0;
    this.starred = 0;
    for (const s of STATUSES) this.byStatus[s] = 0;
    this.tags.clear();
  }

  addPaper(state: PaperState): void {
    this.total += 1;
    this.apply(state, 1);
  }

  removePaper(state: PaperState): void {
    this.total -= 1;
    this.apply(state, -1);
  }

  update(before: PaperState, after: PaperState): void {
    this.apply(before, -1);
    this.apply(after, 1);
  }

  /** The display name already used for a tag, so "ML" and "ml" stay one tag. */
  canonicalTag(tag: string): string {
    return this.tags.get(tagKey(tag))?.name ?? tag;
  }

  tagNames(): string[] {
    return [...this.tags.values()].map((t) => t.name);
  }

  snapshot(
    colors: Readonly<Record<string, { color?: string }>>,
  ): Pick<LibraryStats, "total" | "byStatus" | "starred" | "tags"> {
    const tags: TagCount[] = [...this.tags.entries()]
      .map(([key, t]) => {
        const color = Object.hasOwn(colors, key) ? colors[key]?.color : undefined;
        return { name: t.name, count: t.count, ...(color ? { color } : {}) };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    return { total: this.total, byStatus: { ...this.byStatus }, starred: this.starred, tags };
  }

  private apply(state: PaperState, delta: 1 | -1): void {
    this.byStatus[state.status] += delta;
    if (state.starred) this.starred += delta;
    for (const tag of state.tags) {
      const key = tagKey(tag);
      const entry = this.tags.get(key) ?? { name: tag, count: 0 };
      entry.count += delta;
      if (entry.count <= 0) this.tags.delete(key);
      else this.tags.set(key, entry);
    }
  }
}
