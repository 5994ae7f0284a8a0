/**
 * One page of hits in sort order without sorting every hit: the smallest `k` by (key, tie) via a bounded
 * max-heap, O(n log k). `tie` is the paper's place in the library's order (default: the slot itself).
 */

function before(a: number, b: number, ka: number, kb: number): boolean {
  return ka < kb || (ka === kb && a < b);
}

/** Slots of the first `k` hits ordered by ascending `key(slot)`, ties by ascending `tie(slot)`. */
export function smallestK(
  hits: ArrayLike<number>,
  key: (slot: number) => number,
  k: number,
  tie: (slot: number) => number = (s) => s,
): number[] {
  if (k <= 0) return [];
  if (k >= hits.length) {
    const keyed = Array.from(hits, (s) => [key(s), tie(s), s] as const);
    keyed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return keyed.map((e) => e[2]);
  }
  const slots = new Int32Array(k);
  const keys = new Float64Array(k);
  const ties = new Float64Array(k);
  let size = 0;
  // Max-heap on (key, slot): the root is the worst of the k kept so far.
  const sift = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < size && before(ties[top] as number, ties[l] as number, keys[top] as number, keys[l] as number)) top = l;
      if (r < size && before(ties[top] as number, ties[r] as number, keys[top] as number, keys[r] as number)) top = r;
      if (top === i) return;
      [slots[i], slots[top]] = [slots[top] as number, slots[i] as number];
      [keys[i], keys[top]] = [keys[top] as number, keys[i] as number];
      [ties[i], ties[top]] = [ties[top] as number, ties[i] as number];
      i = top;
    }
  };
  for (let h = 0; h < hits.length; h++) {
    const slot = hits[h] as number;
    const kv = key(slot);
    const tv = tie(slot);
    if (size < k) {
      let i = size++;
      slots[i] = slot;
      keys[i] = kv;
      ties[i] = tv;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!before(ties[p] as number, tv, keys[p] as number, kv)) break;
        [slots[i], slots[p]] = [slots[p] as number, slots[i] as number];
        [keys[i], keys[p]] = [keys[p] as number, keys[i] as number];
        [ties[i], ties[p]] = [ties[p] as number, ties[i] as number];
        i = p;
      }
    } else if (before(tv, ties[0] as number, kv, keys[0] as number)) {
      slots[0] = slot;
      keys[0] = kv;
      ties[0] = tv;
      sift(0);
    }
  }
  const out = Array.from(
    { length: size },
    (_, i) => [keys[i] as number, ties[i] as number, slots[i] as number] as const,
  );
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out.map((e) => e[2]);
}
