/**
 * The index's term dictionary: term <-> id, live document frequency per term, and the two lookups a
 * query word needs: every term starting with a prefix (binary search in a sorted list, new terms merged
 * lazily) and every term one typo away (only terms of length +-1 are compared).
 */
import { FUZZY_MIN_LENGTH, withinOneEdit } from "../../shared/search/text";
import { grown, int32 } from "./grow";
import { type Slicer, sortInSlices } from "./slices";

/** Score multipliers for how a term matched the query word. */
export const MATCH_WEIGHT = { exact: 1, prefix: 0.7, fuzzy: 0.5 } as const;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** Number of live postings (static + dynamic) per term id. */
  df = new Int32Array(1024);
  private sorted: string[] = [];
  private unsorted: string[] = [];
  private readonly byLength: number[][] = [];

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  intern(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    this.unsorted.push(term);
    this.df = grown(this.df, id + 1, int32);
    let bucket = this.byLength[term.length];
    if (!bucket) {
      bucket = [];
      this.byLength[term.length] = bucket;
    }
    bucket.push(id);
    return id;
  }

  /** Term ids a query word matches, each with its best match weight; only terms with live postings. */
  expand(word: string, prefix: boolean, fuzzy: boolean): Map<number, number> {
    const out = new Map<number, number>();
    const add = (id: number, weight: number) => {
      if ((this.df[id] ?? 0) > 0 && (out.get(id) ?? 0) < weight) out.set(id, weight);
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) add(exact, MATCH_WEIGHT.exact);
    if (prefix) {
      const list = this.sortedTerms();
      for (let i = lowerBound(list, word); i < list.length; i++) {
        const term = list[i] as string;
        if (!term.startsWith(word)) break;
        add(this.ids.get(term) as number, MATCH_WEIGHT.prefix);
      }
    }
    if (fuzzy && word.length >= FUZZY_MIN_LENGTH) {
      for (let len = word.length - 1; len <= word.length + 1; len++) {
        for (const id of this.byLength[len] ?? []) {
          if (withinOneEdit(this.terms[id] as string, word)) add(id, MATCH_WEIGHT.fuzzy);
        }
      }
    }
    return out;
  }

  /** Sort the terms added so far in slices (after a build), so no keystroke pays for it. */
  async prepare(slicer: Slicer): Promise<void> {
    if (this.unsorted.length < 64) return;
    const added = await sortInSlices(this.unsorted, (a, b) => (a < b ? -1 : a > b ? 1 : 0), slicer);
    this.unsorted = this.unsorted.slice(added.length);
    const old = this.sorted;
    const merged = new Array<string>(old.length + added.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++) {
      merged[k] =
        j >= added.length || (i < old.length && (old[i] as string) <= (added[j] as string))
          ? (old[i++] as string)
          : (added[j++] as string);
    }
    this.sorted = merged;
  }

  private sortedTerms(): string[] {
    if (this.unsorted.length === 0) return this.sorted;
    if (this.unsorted.length < 64) {
      for (const term of this.unsorted) this.sorted.splice(lowerBound(this.sorted, term), 0, term);
    } else {
      this.sorted = this.sorted.concat(this.unsorted).sort();
    }
    this.unsorted = [];
    return this.sorted;
  }
}

function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
