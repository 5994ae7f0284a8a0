/**
 * Live papers in title order (folded title, then slot), kept sorted incrementally: an import inserts by
 * binary search, a delete removes; the rank per slot (what a title sort compares) is rebuilt lazily in O(n).
 */
import { fold } from "../../shared/search/text";
import { grown, int32 } from "./grow";
import { type Slicer, sortInSlices } from "./slices";

export class TitleOrder {
  private readonly keys: string[] = [];
  private readonly removed = new Set<number>();
  private order: number[] = [];
  private rank = new Int32Array(0);
  private dirty = true;

  /**
   * Add many at once (a build or an import): sorted in slices, then merged in one O(n) pass, so
   * `add` / `remove` calls during the sort are safe.
   */
  async addAll(entries: readonly [slot: number, title: string][], slicer: Slicer): Promise<void> {
    for (const [slot, title] of entries) {
      this.keys[slot] = fold(title);
      if (slicer.due()) await slicer.pause();
    }
    const sorted = await sortInSlices(
      entries.map((e) => e[0]),
      (a, b) => this.compare(a, b),
      slicer,
    );
    const added = sorted.filter((slot) => !this.removed.has(slot));
    const old = this.order;
    const merged = new Array<number>(old.length + added.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++) {
      if (j >= added.length || (i < old.length && this.compare(old[i] as number, added[j] as number) <= 0)) {
        merged[k] = old[i++] as number;
      } else merged[k] = added[j++] as number;
    }
    this.order = merged;
    this.dirty = true;
  }

  add(slot: number, title: string): void {
    this.keys[slot] = fold(title);
    this.order.splice(this.position(slot), 0, slot);
    this.dirty = true;
  }

  remove(slot: number): void {
    if (this.keys[slot] === undefined || this.removed.has(slot)) return;
    const at = this.position(slot);
    if (this.order[at] === slot) this.order.splice(at, 1);
    this.removed.add(slot);
    this.dirty = true;
  }

  /** Rank of a slot in title order. */
  rankOf(): (slot: number) => number {
    if (this.dirty) {
      this.rank = grown(this.rank, this.keys.length, int32);
      // Slots not merged in yet (an import in progress) sort last.
      this.rank.fill(0x7fffffff);
      this.order.forEach((slot, i) => {
        this.rank[slot] = i;
      });
      this.dirty = false;
    }
    const rank = this.rank;
    return (slot) => rank[slot] as number;
  }

  private compare(a: number, b: number): number {
    const ka = this.keys[a] as string;
    const kb = this.keys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  }

  /** First index whose entry is not before `slot`. */
  private position(slot: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.order[mid] as number, slot) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
