/**
 * Posting lists, per term id.
 * - Static (title + abstract): written when a paper is added, never changed; slots only grow, so each
 *   list is append-only: slot (4 bytes) + weight (1 byte) in typed arrays, read in tight loops
 *   (varint slot gaps would take about half the memory; not needed within the budget so far).
 *   A removed paper's postings stay behind; readers skip dead slots.
 * - Dynamic (note, highlights, tags): change on every edit; unsorted slot + weight arrays with
 *   swap-remove, so an edit costs O(postings of the terms it touches), not a rebuild.
 */
import { grown, int32, uint8 } from "./grow";
import type { Slicer } from "./slices";

export type PostingVisitor = (slot: number, weight: number) => void;

export interface RawPostings {
  slots: Int32Array;
  weights: Uint8Array;
  used: number;
}

export class StaticPostings {
  private slots: (Int32Array<ArrayBuffer> | undefined)[] = [];
  private weights: (Uint8Array<ArrayBuffer> | undefined)[] = [];
  private used: number[] = [];

  /** Append (slot, weight); slot must exceed every slot already in the term's list. */
  append(term: number, slot: number, weight: number): void {
    const n = this.used[term] ?? 0;
    const slots = grown(this.slots[term] ?? new Int32Array(2), n + 1, int32);
    const weights = grown(this.weights[term] ?? new Uint8Array(2), n + 1, uint8);
    slots[n] = slot;
    weights[n] = weight;
    this.slots[term] = slots;
    this.weights[term] = weights;
    this.used[term] = n + 1;
  }

  /** The term's list: ascending slots (dead ones included) and their weights; read `used` entries. */
  raw(term: number): RawPostings | undefined {
    const slots = this.slots[term];
    const weights = this.weights[term];
    return slots && weights ? { slots, weights, used: this.used[term] ?? 0 } : undefined;
  }

  forEach(term: number, visit: PostingVisitor): void {
    const list = this.raw(term);
    if (!list) return;
    for (let i = 0; i < list.used; i++) visit(list.slots[i] as number, list.weights[i] as number);
  }

  /** Every list packed into one set of arrays (for saving), in slices. */
  async pack(terms: number, slicer: Slicer): Promise<{ offsets: Int32Array; slots: Int32Array; weights: Uint8Array }> {
    const offsets = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) offsets[t + 1] = (offsets[t] as number) + (this.used[t] ?? 0);
    const total = offsets[terms] as number;
    const slots = new Int32Array(total);
    const weights = new Uint8Array(total);
    for (let t = 0; t < terms; t++) {
      const n = this.used[t] ?? 0;
      const s = this.slots[t];
      const w = this.weights[t];
      if (n === 0 || !s || !w) continue;
      slots.set(s.subarray(0, n), offsets[t]);
      weights.set(w.subarray(0, n), offsets[t]);
      if (slicer.due()) await slicer.pause();
    }
    return { offsets, slots, weights };
  }

  /** Take packed lists (views, no copy; a list is copied when it next grows). */
  unpack(offsets: Int32Array<ArrayBuffer>, slots: Int32Array<ArrayBuffer>, weights: Uint8Array<ArrayBuffer>): void {
    for (let t = 0; t + 1 < offsets.length; t++) {
      const from = offsets[t] as number;
      const to = offsets[t + 1] as number;
      this.slots[t] = slots.subarray(from, to);
      this.weights[t] = weights.subarray(from, to);
      this.used[t] = to - from;
    }
  }

  /** Give back the spare capacity of every list (after a build), in slices. */
  async trim(slicer: Slicer): Promise<void> {
    for (let term = 0; term < this.slots.length; term++) {
      const n = this.used[term] ?? 0;
      const slots = this.slots[term];
      if (slots && slots.length > n) this.slots[term] = slots.slice(0, n);
      const weights = this.weights[term];
      if (weights && weights.length > n) this.weights[term] = weights.slice(0, n);
      if (slicer.due()) await slicer.pause();
    }
  }
}

export class DynamicPostings {
  private slots: (Int32Array<ArrayBuffer> | undefined)[] = [];
  private weights: (Uint8Array<ArrayBuffer> | undefined)[] = [];
  private used: number[] = [];

  add(term: number, slot: number, weight: number): void {
    const n = this.used[term] ?? 0;
    this.slots[term] = grown(this.slots[term] ?? new Int32Array(4), n + 1, int32);
    this.weights[term] = grown(this.weights[term] ?? new Uint8Array(4), n + 1, uint8);
    (this.slots[term] as Int32Array)[n] = slot;
    (this.weights[term] as Uint8Array)[n] = weight;
    this.used[term] = n + 1;
  }

  remove(term: number, slot: number): void {
    const slots = this.slots[term];
    const weights = this.weights[term];
    const n = this.used[term] ?? 0;
    if (!slots || !weights) return;
    const at = slots.subarray(0, n).indexOf(slot);
    if (at < 0) return;
    slots[at] = slots[n - 1] as number;
    weights[at] = weights[n - 1] as number;
    this.used[term] = n - 1;
  }

  raw(term: number): RawPostings | undefined {
    const slots = this.slots[term];
    const weights = this.weights[term];
    return slots && weights ? { slots, weights, used: this.used[term] ?? 0 } : undefined;
  }

  forEach(term: number, visit: PostingVisitor): void {
    const slots = this.slots[term];
    const weights = this.weights[term];
    if (!slots || !weights) return;
    const n = this.used[term] ?? 0;
    for (let i = 0; i < n; i++) visit(slots[i] as number, weights[i] as number);
  }
}
