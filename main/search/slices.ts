/**
 * Long work done in slices: the caller checks `due()` between units of work and awaits `pause()` when
 * it is, so the event loop is never held much longer than `sliceMs`.
 */

export class Slicer {
  private sliceEnd: number;
  /** Number of times the work yielded. */
  pauses = 0;

  constructor(private readonly sliceMs: number) {
    this.sliceEnd = performance.now() + sliceMs;
  }

  due(): boolean {
    return performance.now() >= this.sliceEnd;
  }

  async pause(): Promise<void> {
    this.pauses += 1;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceEnd = performance.now() + this.sliceMs;
  }
}

const RUN = 512;

/** A stable merge sort that yields between slices (runs of RUN sorted natively, then merged). */
export async function sortInSlices<T>(items: readonly T[], cmp: (a: T, b: T) => number, slicer: Slicer): Promise<T[]> {
  let src = items.slice();
  for (let lo = 0; lo < src.length; lo += RUN) {
    const run = src.slice(lo, lo + RUN).sort(cmp);
    for (let i = 0; i < run.length; i++) src[lo + i] = run[i] as T;
    if (slicer.due()) await slicer.pause();
  }
  let dst = new Array<T>(src.length);
  for (let width = RUN; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (k < hi) {
        if (j >= hi || (i < mid && cmp(src[i] as T, src[j] as T) <= 0)) dst[k++] = src[i++] as T;
        else dst[k++] = src[j++] as T;
        if ((k & 4095) === 0 && slicer.due()) await slicer.pause();
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}
